package dev.roster.sim.visma;

import dev.roster.sim.hr.HrTable;
import dev.roster.sim.hr.Organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The CSV files of export jobs, each rendered once and then kept on disk while its organisation
 * is one of the last {@value #KEEP} served. Visma's servers make an export file once and serve it
 * from storage; rendering every row again for each job would spend the simulator's CPU, which in
 * a benchmark is the CPU Roster runs on, on work Visma does elsewhere. Thread-safe: a file asked
 * for while it renders is waited for, not rendered twice.
 */
final class RenderedFiles implements AutoCloseable {

    /** How many organisations (the current one and those before it) keep their files. */
    static final int KEEP = 2;

    /** One file of one job's export: rows {@code part} of {@code files} of a table; the same key is the same bytes. */
    record Key(Organisation organisation, HrTable table, List<String> columns, Set<String> blank, int part,
               int files) {

        /** Writes the file's CSV: header and rows. */
        void render(Writer out) throws IOException {
            long total = organisation.rowCount(table);
            organisation.writeCsv(table, columns, blank, total * part / files, total * (part + 1) / files, out);
        }
    }

    private final Runnable onRender;
    private final Map<Key, CompletableFuture<Path>> files = new ConcurrentHashMap<>();
    /** organisations with files, oldest first; guarded by this */
    private final List<Organisation> recent = new ArrayList<>();
    private Path dir;
    private boolean closed;

    /** @param onRender told of every file rendered */
    RenderedFiles(Runnable onRender) {
        this.onRender = onRender;
    }

    /**
     * The file for {@code key}, rendered the first time it is asked for.
     *
     * @throws IOException when it cannot be written; it is rendered again at the next ask then
     */
    Path file(Key key) throws IOException {
        CompletableFuture<Path> mine = new CompletableFuture<>();
        CompletableFuture<Path> rendering = files.putIfAbsent(key, mine);
        if (rendering != null) {
            try {
                return rendering.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
        }
        try {
            Path file = Files.createTempFile(folder(key.organisation()), key.table().name().toLowerCase(), ".csv");
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                key.render(out);
            }
            onRender.run();
            mine.complete(file);
            return file;
        } catch (IOException | RuntimeException e) {
            files.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** The folder of the files, made on first use; forgets the files of organisations older than {@link #KEEP}. */
    private synchronized Path folder(Organisation organisation) throws IOException {
        if (closed) {
            throw new IOException("the simulator is closed");
        }
        if (dir == null) {
            dir = Files.createTempDirectory("roster-sim-visma-");
        }
        if (!recent.contains(organisation)) {
            recent.add(organisation);
            while (recent.size() > KEEP) {
                forget(recent.remove(0));
            }
        }
        return dir;
    }

    /** Deletes an organisation's files; a download still reading one keeps reading it (POSIX unlink). */
    private void forget(Organisation organisation) {
        files.entrySet().removeIf(e -> {
            if (e.getKey().organisation() != organisation) {
                return false;
            }
            e.getValue().thenAccept(RenderedFiles::delete);
            return true;
        });
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.list(dir)) {
            all.forEach(RenderedFiles::delete);
            Files.deleteIfExists(dir);
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder; the operating system clears it in the end
        }
    }
}
