package dev.roster.source.visma;

import dev.roster.model.Progress;
import dev.roster.model.Source;
import dev.roster.model.SourceBatch;
import dev.roster.model.SourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads Visma.net HRM (NL) through its export API: all seven exports, one after the other, each
 * complete or the whole read fails. One {@code SourceRecord} per employee record (id =
 * {@code employeeid}) with its contracts in the window; see {@link Joins} for derived fields.
 * Thread-safe (reads may run one after another or concurrently; the token is shared).
 */
final class VismaSource implements Source {

    private static final Logger LOG = LoggerFactory.getLogger(VismaSource.class);

    private final VismaSettings settings;
    private final ExportReader reader;

    VismaSource(VismaSettings settings, HttpClient client) {
        this(settings, client, Clock.systemUTC());
    }

    VismaSource(VismaSettings settings, HttpClient client, Clock clock) {
        this.settings = settings;
        Http http = new Http(client);
        this.reader = new ExportReader(settings, new TokenClient(settings, http, clock), http, clock);
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
        Objects.requireNonNull(asOf, "asOf");
        Tables tables = new Tables(asOf, settings.contractWindowDays());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (VismaExport export : VismaExport.values()) {
            progress.start("import " + export.exportName(), -1);
            Consumer<Map<String, String>> sink = tables.sink(export);
            long[] done = {0};
            long rows = reader.read(export, row -> {
                sink.accept(row);
                if (++done[0] % 1000 == 0) {
                    progress.advance(1000);
                }
            });
            progress.advance(done[0] % 1000);
            progress.finish();
            counts.put(export.exportName(), (int) rows);
            LOG.info("Visma source '{}': export {} read, {} rows", settings.name(), export.exportName(), rows);
        }
        progress.start("join Visma exports", -1);
        Joins joins = new Joins(tables);
        SourceBatch batch = new SourceBatch(joins.records(settings.excludePersonsWithoutContracts()),
                joins.departments(), counts, tables.warnings);
        progress.finish();
        LOG.info("Visma source '{}': {} records, {} departments, {} warnings", settings.name(),
                batch.records().size(), batch.departments().size(), batch.warnings().size());
        return batch;
    }
}
