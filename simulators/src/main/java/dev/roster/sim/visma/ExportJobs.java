package dev.roster.sim.visma;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.sim.hr.HrTable;
import dev.roster.sim.hr.Organisation;
import io.javalin.http.Context;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The export-job protocol: command, query and download of the CSV files. A job serves the
 * organisation that was current when its command came in, in every file it is split over, also
 * when the simulator's organisation is replaced (mutated) before the files are downloaded.
 * Thread-safe.
 */
final class ExportJobs {

    private record Job(UUID id, VismaExport export, Organisation organisation, List<String> columns,
                       boolean contactInformation,
                       int files, boolean failed, boolean neverCompletes, int inProgressPolls,
                       AtomicInteger polls, boolean linksExpired, String signature, Instant created) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<Organisation> organisation;
    private final TokenIssuer tokens;
    private final Faults faults;
    private final Traffic traffic;
    private final VismaSimulator.Options options;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
    private final RenderedFiles rendered;
    private volatile String baseUrl = "";

    /** @param organisation the organisation to serve to jobs commanded from now on */
    ExportJobs(Supplier<Organisation> organisation, TokenIssuer tokens, Faults faults, Traffic traffic,
               VismaSimulator.Options options, Clock clock) {
        this.organisation = organisation;
        this.tokens = tokens;
        this.faults = faults;
        this.traffic = traffic;
        this.rendered = new RenderedFiles(traffic::fileRendered);
        this.options = options;
        this.clock = clock;
    }

    void baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** {@code POST /v1/command/nl/hrm/<export>[?fields=...]}. */
    void command(Context ctx, VismaExport export) {
        traffic.command(export);
        TokenIssuer.Grant grant = tokens.authorize(ctx, export.scope());
        if (grant == null) {
            return;
        }
        if (tooManyRequests(ctx, faults.takeRateLimit(export))) {
            return;
        }
        String body = ctx.body();
        if (!body.isBlank()) {
            try {
                JSON.readTree(body);
            } catch (IOException e) {
                ctx.status(400).json(Map.of("message", "The request body is not JSON"));
                return;
            }
        }
        byte[] sig = new byte[16];
        random.nextBytes(sig);
        boolean contact = grant.scopes().contains(Scopes.CONTACT_INFORMATION);
        List<String> columns = columns(export.table(), ctx.queryParam("fields"), contact);
        Job job = new Job(UUID.randomUUID(), export, organisation.get(), columns, contact, faults.files(),
                faults.fails(export), faults.neverCompletes(export),
                faults.inProgressPolls(export, options.pollsInProgress()), new AtomicInteger(),
                faults.takeExpiredLinks(export), HexFormat.of().formatHex(sig), clock.instant());
        jobs.put(job.id(), job);
        ctx.json(Map.of("jobId", job.id().toString()));
    }

    private static boolean tooManyRequests(Context ctx, int retryAfter) {
        if (retryAfter < 0) {
            return false;
        }
        ctx.status(429).header("Retry-After", Integer.toString(retryAfter))
                .json(Map.of("message", "Too Many Requests"));
        return true;
    }

    /** {@code fields=a,b} keeps only those columns, {@code fields=!a,b} all others. */
    static List<String> columns(HrTable table, String fields) {
        if (fields == null || fields.isBlank()) {
            return table.columns();
        }
        boolean exclude = fields.startsWith("!");
        Set<String> named = Arrays.stream((exclude ? fields.substring(1) : fields).split(","))
                .map(String::trim).collect(Collectors.toCollection(HashSet::new));
        return table.columns().stream().filter(c -> named.contains(c) != exclude)
                .collect(Collectors.toList());
    }

    /** {@code GET /v1/query/nl/hrm/<export>/{jobId}}. */
    void query(Context ctx, VismaExport export) {
        traffic.poll(export);
        if (tokens.authorize(ctx, export.scope()) == null
                || tooManyRequests(ctx, faults.takePollRateLimit(export))) {
            return;
        }
        Job job = job(ctx.pathParam("jobId"));
        if (job == null || job.export() != export) {
            ctx.status(404).json(Map.of("message", "No job " + ctx.pathParam("jobId")));
            return;
        }
        boolean running = job.neverCompletes()
                || job.polls().getAndIncrement() < job.inProgressPolls();
        String status = running ? "InProgress" : job.failed() ? "Failed" : "Completed";
        Map<String, Object> body = new LinkedHashMap<>();
        if (export.hasChangeTimestamp()) {
            body.put("changeTimestampBefore", status.equals("Completed")
                    ? job.created().truncatedTo(ChronoUnit.SECONDS).toString() : null);
        }
        body.put(export.fileUriField(), status.equals("Completed") ? urls(job) : null);
        body.put("status", status);
        ctx.json(body);
    }

    private List<String> urls(Job job) {
        List<String> urls = new ArrayList<>();
        for (int part = 0; part < job.files(); part++) {
            urls.add(baseUrl + "/files/" + job.id() + "/" + job.export().exportName() + "-" + part
                    + ".csv?sv=2021-08-06&sig=" + job.signature());
        }
        return urls;
    }

    /** {@code GET /files/{jobId}/{file}?sig=...}: no Authorization, the signature authorises. */
    void download(Context ctx) throws IOException {
        Job job = job(ctx.pathParam("jobId"));
        String file = ctx.pathParam("file");
        String prefix = job == null ? "" : job.export().exportName() + "-";
        int part = -1;
        if (job != null && file.startsWith(prefix) && file.endsWith(".csv")) {
            try {
                part = Integer.parseInt(file.substring(prefix.length(), file.length() - 4));
            } catch (NumberFormatException e) {
                part = -1;
            }
        }
        if (part < 0 || part >= job.files()) {
            ctx.status(404).contentType("application/xml").result("<Error><Code>BlobNotFound</Code></Error>");
            return;
        }
        boolean lastLinkExpired = job.linksExpired() && part == job.files() - 1;
        if (faults.downloadsExpired() || lastLinkExpired || !job.signature().equals(ctx.queryParam("sig"))) {
            ctx.status(403).contentType("application/xml")
                    .result("<Error><Code>AuthenticationFailed</Code></Error>");
            return;
        }
        ctx.contentType("text/csv; charset=utf-8");
        if (options.fixtures() != null) {
            Writer out = writer(ctx);
            Fixtures.write(options.fixtures(), job.export(), part, job.files(), out);
            out.flush();
            return;
        }
        RenderedFiles.Key key = key(job.organisation(), job.export().table(), job.columns(), job.contactInformation(),
                part, job.files());
        Path csv = rendered.file(key);
        try (InputStream in = Files.newInputStream(csv)) {
            ctx.header("Content-Length", Long.toString(Files.size(csv)));
            in.transferTo(ctx.outputStream());
        } catch (NoSuchFileException e) {
            // forgotten since (its organisation is older than the last few served): render it anew
            Writer out = writer(ctx);
            key.render(out);
            out.flush();
        }
    }

    /**
     * Renders the files that jobs commanded now would serve, before any is commanded: with or
     * without the contact-information scope, with the {@code fields} that {@code fieldsAsked} gives
     * for the export's name, split as the faults now say.
     */
    void prepare(Organisation organisation, boolean contactInformation, UnaryOperator<String> fieldsAsked)
            throws IOException {
        for (VismaExport export : VismaExport.values()) {
            HrTable table = export.table();
            List<String> columns = columns(table, fieldsAsked.apply(export.exportName()), contactInformation);
            int files = faults.files();
            for (int part = 0; part < files; part++) {
                rendered.file(key(organisation, table, columns, contactInformation, part, files));
            }
        }
    }

    /** The columns a job serves: those {@code fields} names, less the contact columns when a fault omits them. */
    private List<String> columns(HrTable table, String fields, boolean contactInformation) {
        List<String> columns = columns(table, fields);
        if (table == HrTable.EMPLOYEES && !contactInformation && faults.omitContactColumns()) {
            return columns.stream().filter(c -> !HrTable.CONTACT_COLUMNS.contains(c)).collect(Collectors.toList());
        }
        return columns;
    }

    /**
     * One file of a job's export; without the contact-information scope the employees' contact
     * columns are written empty.
     */
    private static RenderedFiles.Key key(Organisation organisation, HrTable table, List<String> columns,
            boolean contactInformation, int part, int files) {
        Set<String> blank = table == HrTable.EMPLOYEES && !contactInformation ? HrTable.CONTACT_COLUMNS : Set.of();
        return new RenderedFiles.Key(organisation, table, columns, blank, part, files);
    }

    private static Writer writer(Context ctx) {
        return new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Deletes the rendered files. */
    void close() {
        rendered.close();
    }

    private Job job(String id) {
        try {
            return jobs.get(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
