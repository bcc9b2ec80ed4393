package dev.roster.sim.visma;

import dev.roster.sim.hr.Mutation;
import dev.roster.sim.hr.Organisation;
import dev.roster.sim.hr.OrganisationGenerator;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A local Visma.net HRM (NL) export API with a Visma Connect token endpoint, serving a synthetic
 * organisation over HTTP on 127.0.0.1. It follows the real API's job protocol: command, poll,
 * download of pre-signed CSV files (see the Visma spec, section 7). The organisation can be
 * {@linkplain #mutate mutated} while it runs. Thread-safe; close it to stop.
 */
public final class VismaSimulator implements AutoCloseable {

    /**
     * How to start a simulator. Build from {@link #defaults()} with the {@code with...} methods.
     *
     * @param port                 TCP port on 127.0.0.1, 0 for any free port
     * @param employees            number of employee records
     * @param seed                 seed of the synthetic organisation
     * @param asOf                 the day the organisation is seen on
     * @param pollsInProgress      how many polls of a job answer InProgress before it completes
     * @param tokenLifetimeSeconds {@code expires_in} of issued tokens
     * @param fixtures             a directory of hand-written export files to serve instead of
     *                             the generated organisation (see {@code Fixtures}), or null
     */
    public record Options(int port, int employees, long seed, LocalDate asOf, String clientId,
                          String clientSecret, String tenantId, int pollsInProgress,
                          int tokenLifetimeSeconds, Path fixtures) {
        public Options {
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(clientSecret, "clientSecret");
            Objects.requireNonNull(tenantId, "tenantId");
        }

        /** 500 employees, seed 42, as of today, one InProgress poll, tokens valid 3600 s. */
        public static Options defaults() {
            return new Options(0, OrganisationGenerator.DEFAULT_EMPLOYEES, 42, LocalDate.now(),
                    "roster", "roster-secret", "6f1c2c1e-1111-4a4a-9b9b-0123456789ab", 1, 3600, null);
        }

        public Options withPort(int value) {
            return new Options(value, employees, seed, asOf, clientId, clientSecret, tenantId,
                    pollsInProgress, tokenLifetimeSeconds, fixtures);
        }

        public Options withEmployees(int value) {
            return new Options(port, value, seed, asOf, clientId, clientSecret, tenantId,
                    pollsInProgress, tokenLifetimeSeconds, fixtures);
        }

        public Options withSeed(long value) {
            return new Options(port, employees, value, asOf, clientId, clientSecret, tenantId,
                    pollsInProgress, tokenLifetimeSeconds, fixtures);
        }

        public Options withAsOf(LocalDate value) {
            return new Options(port, employees, seed, value, clientId, clientSecret, tenantId,
                    pollsInProgress, tokenLifetimeSeconds, fixtures);
        }

        public Options withClient(String id, String secret, String tenant) {
            return new Options(port, employees, seed, asOf, id, secret, tenant, pollsInProgress,
                    tokenLifetimeSeconds, fixtures);
        }

        public Options withPollsInProgress(int value) {
            return new Options(port, employees, seed, asOf, clientId, clientSecret, tenantId,
                    value, tokenLifetimeSeconds, fixtures);
        }

        /** Serves the CSV files of {@code directory} (one per export name) instead of generated data. */
        public Options withFixtures(Path directory) {
            return new Options(port, employees, seed, asOf, clientId, clientSecret,
                    tenantId, pollsInProgress, tokenLifetimeSeconds, directory);
        }

        public Options withTokenLifetimeSeconds(int value) {
            return new Options(port, employees, seed, asOf, clientId, clientSecret, tenantId,
                    pollsInProgress, value, fixtures);
        }
    }

    private final Options options;
    private volatile Organisation organisation;
    private final Faults faults = new Faults();
    private final Traffic traffic = new Traffic();
    private final Javalin app;
    private final ExportJobs jobs;

    private VismaSimulator(Options options) {
        this.options = options;
        this.organisation = new OrganisationGenerator(options.seed())
                .generate(options.employees(), options.asOf());
        Clock clock = Clock.systemUTC();
        TokenIssuer tokens = new TokenIssuer(options, faults, traffic, clock);
        this.jobs = new ExportJobs(this::organisation, tokens, faults, traffic, options, clock);
        this.app = Javalin.create(config -> config.showJavalinBanner = false);
        app.post("/connect/token", tokens::token);
        for (VismaExport export : VismaExport.values()) {
            app.post(export.commandPath(), ctx -> jobs.command(ctx, export));
            app.get(export.queryPath() + "/{jobId}", ctx -> jobs.query(ctx, export));
        }
        app.get("/files/{jobId}/{file}", jobs::download);
        app.start("127.0.0.1", options.port());
        jobs.baseUrl(baseUrl());
    }

    /**
     * Generates the organisation and starts serving it.
     *
     * @throws IllegalArgumentException for an employee count out of range
     */
    public static VismaSimulator start(Options options) {
        return new VismaSimulator(Objects.requireNonNull(options, "options"));
    }

    /** The API base, e.g. {@code http://127.0.0.1:41234}; the export paths go below it. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The Visma Connect token endpoint: {@code baseUrl() + "/connect/token"}. */
    public String tokenUrl() {
        return baseUrl() + "/connect/token";
    }

    public int port() {
        return app.port();
    }

    public Options options() {
        return options;
    }

    /** The organisation served to export jobs commanded from now on: the last one mutated. */
    public Organisation organisation() {
        return organisation;
    }

    /**
     * Mutates the organisation served (see {@link Organisation#mutate(double, long)}) and serves
     * the result to export jobs commanded from now on. A job commanded before keeps serving the
     * organisation it started with, in all its files. Mutations run one at a time, each on top
     * of the previous one.
     *
     * @return what this mutation changed; {@link Organisation#mutations()} lists all of them
     * @throws IllegalArgumentException as {@link Organisation#mutate(double, long)} does; then
     *                                  nothing changed
     * @throws IllegalStateException    when the simulator serves fixture files
     */
    public synchronized Mutation mutate(double fraction, long seed) {
        if (options.fixtures() != null) {
            throw new IllegalStateException("the simulator serves the fixture files of "
                    + options.fixtures() + ", which cannot be mutated");
        }
        Organisation next = organisation.mutate(fraction, seed);
        organisation = next;
        List<Mutation> applied = next.mutations();
        return applied.get(applied.size() - 1);
    }

    /**
     * Renders the current organisation's export files now, as the jobs commanded next will be
     * served them, so that those jobs are answered from the files: with or without the
     * contact-information scope, and with the {@code fields} parameter {@code fieldsAsked} gives
     * for each export's name (null: every column). Visma makes its files on its own servers; a
     * benchmark calls this before it times an import, so that the simulator's rendering is not
     * counted as Roster's. A job asking for other columns has its files rendered at its first
     * download, as without this. Nothing to do for fixtures.
     *
     * @throws UncheckedIOException when a file cannot be written
     */
    public void prepareExports(boolean contactInformation, UnaryOperator<String> fieldsAsked) {
        if (options.fixtures() != null) {
            return;
        }
        try {
            jobs.prepare(organisation, contactInformation, fieldsAsked);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the simulator's export files: " + e.getMessage(), e);
        }
    }

    /** The fault switches, live. */
    public Faults faults() {
        return faults;
    }

    /** What the simulator was asked, live. */
    public Traffic traffic() {
        return traffic;
    }

    @Override
    public void close() {
        app.stop();
        jobs.close();
    }
}
