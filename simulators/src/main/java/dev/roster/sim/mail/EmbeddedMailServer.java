package dev.roster.sim.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An SMTP server on 127.0.0.1 that accepts every message for every recipient without a login and
 * keeps what it received in memory (GreenMail). For the demo and for tests; it never relays.
 * Thread-safe. The caller owns the instance and must {@link #close()} it.
 */
public final class EmbeddedMailServer implements AutoCloseable {

    private final GreenMail server;

    private EmbeddedMailServer(GreenMail server) {
        this.server = server;
    }

    /**
     * Starts listening for SMTP on 127.0.0.1.
     *
     * @param port the port; 0 for any free one
     * @throws IllegalStateException when it cannot listen there
     */
    public static EmbeddedMailServer start(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        server.start();
        return new EmbeddedMailServer(server);
    }

    /** The port it listens on. */
    public int port() {
        return server.getSmtp().getPort();
    }

    /** @return {@code smtp://127.0.0.1:PORT} */
    public String smtpUrl() {
        return "smtp://127.0.0.1:" + port();
    }

    /**
     * The messages received so far, in the order they arrived, each once however many of its
     * recipients it reached (by Message-ID).
     */
    public List<MimeMessage> received() {
        Map<String, MimeMessage> unique = new LinkedHashMap<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            String id;
            try {
                id = m.getMessageID();
            } catch (MessagingException e) {
                id = null;
            }
            unique.putIfAbsent(id == null ? "#" + unique.size() : id, m);
        }
        return List.copyOf(unique.values());
    }

    /**
     * Writes each message of {@link #received()} into {@code dir} as an {@code .eml} file (RFC 822,
     * readable by any mail program), numbered after the files already there.
     *
     * @return the files written
     */
    public List<Path> save(Path dir) throws IOException {
        Files.createDirectories(dir);
        int next;
        try (var existing = Files.list(dir)) {
            next = (int) existing.filter(p -> p.getFileName().toString().endsWith(".eml")).count() + 1;
        }
        List<Path> written = new ArrayList<>();
        for (MimeMessage m : received()) {
            Path file = dir.resolve(String.format("%04d.eml", next++));
            try (OutputStream out = Files.newOutputStream(file)) {
                m.writeTo(out);
            } catch (MessagingException e) {
                throw new IOException("cannot write message " + file + ": " + e.getMessage(), e);
            }
            written.add(file);
        }
        return written;
    }

    @Override
    public void close() {
        server.stop();
    }
}
