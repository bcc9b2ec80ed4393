package dev.roster.sim.ad;

import com.unboundid.ldap.sdk.LDAPException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An {@link EmbeddedDirectory} in a JVM of its own, so that its entries and its work are not
 * counted in the heap, resident set and collections of the process that uses it (the benchmark's
 * figures are then Roster's). The child runs {@link #main} on this process's class path, learns
 * the administrator's password from its environment (never its command line), prints its port
 * and stops when its standard input closes, which it does when this process ends too.
 *
 * <p>The child's JVM options come from {@code ROSTER_DIRECTORY_JAVA_OPTS} when set (e.g.
 * {@code -Xmx6g}), else the JVM's defaults. Not thread-safe; the caller must {@link #close()} it.
 */
public final class DirectoryProcess implements AutoCloseable {
    static final String PASSWORD_VARIABLE = "ROSTER_DIRECTORY_PASSWORD";
    private static final String READY = "roster-directory listening on port ";

    private final Process process;
    private final String bindDn;
    private final String baseDn;
    private final int port;

    private DirectoryProcess(Process process, int port) {
        this.process = process;
        this.port = port;
        this.baseDn = EmbeddedDirectory.Options.DEFAULT_BASE_DN;
        this.bindDn = EmbeddedDirectory.Options.defaultBindDn(baseDn);
    }

    /**
     * Starts a child JVM running a directory with the default base DN and this password, and
     * waits until it listens.
     *
     * @throws IOException when the child cannot start or stops before it listens; the message
     *                     carries what it printed
     */
    public static DirectoryProcess start(String password) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String options = System.getenv("ROSTER_DIRECTORY_JAVA_OPTS");
        if (options != null && !options.isBlank()) {
            command.addAll(List.of(options.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), DirectoryProcess.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(PASSWORD_VARIABLE, password);
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder printed = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(READY)) {
                drain(out);
                return new DirectoryProcess(process, Integer.parseInt(line.substring(READY.length()).trim()));
            }
            printed.append(line).append('\n');
        }
        process.destroyForcibly();
        throw new IOException("the directory process stopped before it listened (exit "
                + waitFor(process) + "):\n" + printed);
    }

    /** @return {@code ldap://127.0.0.1:PORT} */
    public String ldapUrl() {
        return "ldap://127.0.0.1:" + port;
    }

    public String bindDn() {
        return bindDn;
    }

    public String baseDn() {
        return baseDn;
    }

    /** @return the child's process id, e.g. to read its resident set size */
    public long pid() {
        return process.pid();
    }

    /** Closes the child's standard input, which stops it; forcibly after ten seconds. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // it is going anyway
        }
        if (waitFor(process) == Integer.MIN_VALUE) {
            process.destroyForcibly();
        }
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : Integer.MIN_VALUE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Integer.MIN_VALUE;
        }
    }

    /** Reads the rest of the child's output on a daemon thread, so that it never blocks on it. */
    private static void drain(BufferedReader out) {
        Thread t = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discarded: the child logs nothing the caller needs
                }
            } catch (IOException e) {
                // the child ended
            }
        }, "directory-process-output");
        t.setDaemon(true);
        t.start();
    }

    /** The child: a directory on a free port of 127.0.0.1 until standard input closes. */
    public static void main(String[] args) throws LDAPException, IOException {
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            System.err.println(PASSWORD_VARIABLE + " is not set");
            System.exit(2);
        }
        try (EmbeddedDirectory directory = EmbeddedDirectory.start(
                EmbeddedDirectory.Options.withPassword(password).withPort(0))) {
            System.out.println(READY + directory.port());
            System.out.flush();
            InputStream in = System.in;
            while (in.read() >= 0) {
                // wait for the parent to close the pipe (or to die)
            }
        }
    }
}
