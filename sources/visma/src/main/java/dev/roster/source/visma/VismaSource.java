package dev.roster.source.visma;

import dev.roster.model.Department;
import dev.roster.model.Progress;
import dev.roster.model.RecordSink;
import dev.roster.model.Source;
import dev.roster.model.SourceBatch;
import dev.roster.model.SourceException;
import dev.roster.model.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpClient;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.stream.Stream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads Visma.net HRM (NL) through its export API: downloads all seven exports (one after the
 * other unless {@code parallelDownloads} says more at a time) and reads them side by side, from
 * the first download that differs from the last import's on (see {@link EarlyReads}); each is
 * complete or the whole read fails. One {@code SourceRecord} per employee record (id =
 * {@code employeeid}) with its contracts in the window; see {@link Joins} for derived fields.
 * Thread-safe (reads may run one after another or concurrently; the token is shared).
 */
final class VismaSource implements Source {

    private static final Logger LOG = LoggerFactory.getLogger(VismaSource.class);

    private final VismaSettings settings;
    private final TokenClient tokens;
    private final ExportReader reader;

    VismaSource(VismaSettings settings, HttpClient client) {
        this(settings, client, Clock.systemUTC());
    }

    VismaSource(VismaSettings settings, HttpClient client, Clock clock) {
        this.settings = settings;
        Http http = new Http(client);
        this.tokens = new TokenClient(settings, http, clock);
        this.reader = new ExportReader(settings, tokens, http, clock);
    }

    @Override
    public String name() {
        return settings.name();
    }

    /**
     * @throws SourceException naming the export and the cause when any export fails
     */
    @Override
    public SourceBatch read(LocalDate asOf, Progress progress) {
        return read(asOf, progress, "");
    }

    /**
     * Fetches all seven exports and, unless they and the settings that shape their reading give
     * the fingerprint {@code unless}, reads them: an export is read while the others download once
     * one of them is known to differ. The files are kept in a private temporary folder only while
     * this runs.
     *
     * @throws SourceException naming the export and the cause when any export fails
     */
    @Override
    public SourceBatch read(LocalDate asOf, Progress progress, String unless) {
        List<SourceRecord> records = new ArrayList<>();
        SourceBatch read = read(asOf, progress, unless, new RecordSink() {
            @Override
            public void departments(List<Department> departments) {
            }

            @Override
            public void record(SourceRecord record) {
                records.add(record);
            }
        });
        return read.unchanged() ? read : new SourceBatch(records, read.departments(), read.counts(), read.warnings(),
                read.fingerprint(), false);
    }

    /**
     * As {@link #read(LocalDate, Progress, String)}, handing each record to {@code sink} as the
     * join completes it; the join consumes the exports' rows as it goes, so the rows and the
     * records are never both in memory whole.
     *
     * @throws SourceException naming the export and the cause when any export fails
     */
    @Override
    public SourceBatch read(LocalDate asOf, Progress progress, String unless, RecordSink sink) {
        Objects.requireNonNull(asOf, "asOf");
        Path dir = spool();
        String shaping = "visma 1|" + asOf + "|" + settings.contractWindowDays() + "|"
                + settings.excludePersonsWithoutContracts() + "|" + settings.contactInformation() + "|"
                + settings.contactScopeRequired();
        Tables tables = new Tables(asOf, settings.contractWindowDays());
        try (EarlyReads reads = new EarlyReads(shaping, unless, Math.max(1, Math.min(
                Runtime.getRuntime().availableProcessors(), 4)), (export, f, rows) -> parse(export, f, tables, rows))) {
            fetch(dir, progress, reads);
            String fingerprint = reads.fingerprint();
            if (fingerprint.equals(unless)) {
                LOG.info("Visma source '{}': the exports are the same as at the last import; not read again",
                        settings.name());
                return SourceBatch.unchanged(fingerprint);
            }
            return parse(tables, reads, fingerprint, progress, sink);
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(ExportReader::delete);
            } catch (IOException e) {
                LOG.warn("could not clear {}: {}", dir, e.getMessage());
            }
            ExportReader.delete(dir);
        }
    }

    /**
     * Runs the export jobs and downloads their files, one after the other or
     * {@code parallelDownloads} at a time, handing each to {@code reads} as it arrives. Any
     * failure fails the whole fetch; when several fail, the first in the exports' order is the one
     * reported.
     */
    private void fetch(Path dir, Progress progress, EarlyReads reads) {
        if (settings.parallelDownloads() <= 1) {
            for (VismaExport export : VismaExport.values()) {
                progress.start("download " + export.exportName(), -1);
                reads.fetched(export, reader.fetch(export, dir));
                progress.finish();
            }
            return;
        }
        progress.start("download Visma exports, " + settings.parallelDownloads() + " at a time",
                VismaExport.values().length);
        try {
            eachExport(settings.parallelDownloads(), "visma-download", export -> {
                reads.fetched(export, reader.fetch(export, dir));
                progress.advance(1);
                return null;
            });
        } finally {
            progress.finish();
        }
    }

    /**
     * Runs {@code work} for every export, {@code threads} exports at a time.
     *
     * @return each export's result, in the exports' order
     * @throws RuntimeException the failure of the first failing export in that order
     */
    private static <T> Map<VismaExport, T> eachExport(int threads, String name,
            java.util.function.Function<VismaExport, T> work) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            Map<VismaExport, java.util.concurrent.Future<T>> running = new LinkedHashMap<>();
            for (VismaExport export : VismaExport.values()) {
                running.put(export, pool.submit(() -> work.apply(export)));
            }
            Map<VismaExport, T> results = new LinkedHashMap<>();
            for (Map.Entry<VismaExport, java.util.concurrent.Future<T>> r : running.entrySet()) {
                results.put(r.getKey(), EarlyReads.result(r.getValue()));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Finishes reading the exports side by side (see {@link EarlyReads}; each export by one thread
     * with its own value pool), then joins them. A failing export fails the read; when several
     * fail, the first in the exports' order is the one reported.
     */
    private SourceBatch parse(Tables tables, EarlyReads reads, String fingerprint, Progress progress,
            RecordSink sink) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        progress.start("import Visma exports", -1);
        reads.finish(progress).forEach((export, rows) -> counts.put(export.exportName(), Math.toIntExact(rows)));
        tables.gatherWarnings();
        progress.finish();
        progress.start("join Visma exports", -1);
        Joins joins = new Joins(tables);
        // the departments come first for the sink, but their warnings after the records'
        List<String> departmentWarnings = new ArrayList<>();
        List<Department> departments = joins.departments(departmentWarnings);
        sink.departments(departments);
        int records = joins.records(settings.excludePersonsWithoutContracts(), sink::record);
        tables.warnings.addAll(departmentWarnings);
        progress.finish();
        LOG.info("Visma source '{}': {} records, {} departments, {} warnings", settings.name(), records,
                departments.size(), tables.warnings.size());
        return new SourceBatch(List.of(), departments, counts, tables.warnings, fingerprint, false);
    }

    /** Reads one export into its tables; runs on a thread of its own. */
    private long parse(VismaExport export, ExportReader.Fetched fetched, Tables tables, Progress progress) {
        Consumer<Map<String, String>> sink = tables.sink(export);
        ValuePool pool = new ValuePool();
        long[] done = {0};
        long rows = reader.parse(export, fetched, new ExportReader.Sink() {
            @Override
            public void header(List<String> columns) {
                if (export == VismaExport.EMPLOYEES) {
                    checkContactInformation(columns, tables.warnings(export));
                }
            }

            @Override
            public void row(Map<String, String> row) {
                sink.accept(row);
                if (++done[0] % 10_000 == 0) {
                    progress.advance(10_000);
                }
            }

            @Override
            public ValuePool pool() {
                return pool;
            }
        });
        progress.advance(done[0] % 10_000);
        LOG.info("Visma source '{}': export {} read, {} rows", settings.name(), export.exportName(), rows);
        return rows;
    }

    /** A temporary folder only this user can read: the exports hold personal data. */
    private static Path spool() {
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                return Files.createTempDirectory("roster-visma-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            return Files.createTempDirectory("roster-visma-");
        } catch (IOException e) {
            throw new SourceException("cannot create a temporary folder for the Visma exports: " + e.getMessage(), e);
        }
    }

    /**
     * With {@code contactInformation} on, a token without the contact scope or an employees file
     * without the contact columns fails the read (the default: downstream would see contact data
     * vanish) or, with {@code missingContactScope: warn}, adds one warning.
     */
    private void checkContactInformation(List<String> columns, List<String> warnings) {
        if (!settings.contactInformation()) {
            return;
        }
        String missing = !tokens.contactScopeGranted()
                ? "the token was issued without the scope " + VismaExport.SCOPE_PREFIX + VismaExport.CONTACT_SCOPE
                : !columns.containsAll(VismaExport.CONTACT_COLUMNS)
                ? "the employees file has no contact columns " + VismaExport.CONTACT_COLUMNS : null;
        if (missing == null) {
            return;
        }
        String setting = "sources." + settings.name() + ".";
        String message = "Visma source '" + settings.name() + "', export employees: contact "
                + "information was asked for (" + setting + "contactInformation: true) but " + missing;
        if (settings.contactScopeRequired()) {
            throw new SourceException(message + "; grant that scope to the application in the Visma "
                    + "Developer Portal, or set " + setting + "contactInformation: false, or "
                    + setting + "missingContactScope: warn to import without contact data");
        }
        String warning = message + "; imported without contact data (" + setting + "missingContactScope: warn)";
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }
}
