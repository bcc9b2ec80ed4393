package dev.roster.cli;

import dev.roster.bench.BenchDirectory;
import dev.roster.bench.BenchFigures;
import dev.roster.bench.CycleBenchmark;
import dev.roster.model.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure full cycles: a Visma.net HRM simulator and Roster in this process, against a directory"
                + " (the embedded one, in a JVM of its own, or the LDAP server given with --ldap-url, e.g. a Samba AD"
                + " DC). Prints the raw LDAP baseline, the initial, no-change and 1%-change cycles phase by phase, with"
                + " this process's peak heap and RSS.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--persons", defaultValue = "10000",
            description = "Employee records the simulator generates: 10000 (default), 100000 or 300000, or any other.")
    int persons;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated organisation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--connections", defaultValue = "4",
            description = "LDAP connections, for Roster (poolSize) and the raw baseline alike (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--change", defaultValue = "0.01",
            description = "Fraction of the persons the simulator changes before the last cycle (default: ${DEFAULT-VALUE}).")
    double change;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the figures as JSON to FILE.")
    Path out;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The workload (default: config/bench.yaml of the Roster installation).")
    Path config;

    @Option(names = "--ldap-url", paramLabel = "URL",
            description = "An external directory (ldaps://host:636) instead of the embedded one. Roster works under"
                    + " OU=RosterBench in its base DN, which it creates and removes.")
    String ldapUrl;

    @Option(names = "--bind-dn", paramLabel = "DN") String bindDn;

    @Option(names = "--bind-password", paramLabel = "REF",
            description = "The bind password as a reference, env:NAME or file:PATH; never the password itself.")
    String bindPassword;

    @Option(names = "--base-dn", paramLabel = "DN") String baseDn;

    @Option(names = "--trust-store", paramLabel = "FILE", description = "PKCS12 trust store for ldaps://.")
    Path trustStore;

    @Option(names = "--trust-store-password", paramLabel = "REF", description = "env:NAME or file:PATH.")
    String trustStorePassword;

    @Override
    public Integer call() throws Exception {
        if (persons < 10 || connections < 1 || connections > 64 || change <= 0 || change >= 1) {
            throw new ConfigException("--persons must be at least 10, --connections 1 to 64, --change between 0 and 1");
        }
        Optional<BenchDirectory> external = Optional.empty();
        if (ldapUrl != null) {
            if (bindDn == null || bindPassword == null || baseDn == null) {
                throw new ConfigException("--ldap-url needs --bind-dn, --bind-password (env:NAME or file:PATH) and --base-dn");
            }
            external = Optional.of(new BenchDirectory(ldapUrl, bindDn, secret("--bind-password", bindPassword), baseDn,
                    trustStore, trustStorePassword == null ? null : secret("--trust-store-password", trustStorePassword),
                    "external directory"));
        }
        CycleBenchmark.Settings settings = new CycleBenchmark.Settings(persons, seed, connections, change, LocalDate.now(),
                configFile(), external, TerminalProgress.forConsole());
        BenchFigures figures = CycleBenchmark.run(settings, System.out);
        figures.print(System.out);
        if (out != null) {
            figures.write(out);
            System.out.println("figures written to " + out);
        }
        return ExitCode.OK;
    }

    private static String secret(String option, String reference) throws java.io.IOException {
        if (reference.startsWith("env:")) {
            String value = System.getenv(reference.substring(4));
            if (value == null) {
                throw new ConfigException(option + ": the environment variable " + reference.substring(4) + " is not set");
            }
            return value;
        }
        if (reference.startsWith("file:")) {
            return Files.readString(Path.of(reference.substring(5))).strip();
        }
        throw new ConfigException(option + ": give env:NAME or file:PATH, not the secret itself");
    }

    private Path configFile() {
        if (config != null) {
            return config;
        }
        String home = System.getProperty("roster.home");
        return home == null ? Path.of("config", "bench.yaml") : Path.of(home, "config", "bench.yaml");
    }
}
