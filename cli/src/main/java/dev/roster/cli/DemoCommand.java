package dev.roster.cli;

import dev.roster.engine.CycleReport;
import dev.roster.engine.Engine;
import dev.roster.engine.RosterConfig;
import dev.roster.sim.ad.EmbeddedDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start a Visma.net HRM simulator with a synthetic organisation, an embedded AD-like"
                + " directory and a mail server, run one full cycle into a vault under the data folder (on a new data"
                + " folder first one as of a week ago, so that today's has leavers to disable and notify), print a"
                + " summary, and keep running so you can look inside (Ctrl-C stops). The directory and the mail"
                + " received are saved in the data folder.")
final class DemoCommand implements Callable<Integer> {

    static final String USERS_OU = DemoServices.USERS_OU;

    @Option(names = "--once", description = "Exit after the cycle.")
    boolean once;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Where the vault and the directory are kept (default: ./${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--employees", defaultValue = "500", description = "Employee records to generate (default: ${DEFAULT-VALUE}).")
    int employees;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated organisation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--ldap-port", defaultValue = "10389", description = "Port of the embedded directory; 0 for any free port (default: ${DEFAULT-VALUE}).")
    int ldapPort;

    @Option(names = "--smtp-port", defaultValue = "10025", description = "Port of the demo's mail server; 0 for any free port (default: ${DEFAULT-VALUE}).")
    int smtpPort;

    /** On a new data folder the first cycle is as of this many days ago, as if Roster had run since then. */
    static final int CATCH_UP_DAYS = 7;

    @Option(names = "--config", paramLabel = "FILE", description = "The demo configuration (default: config/demo.yaml of the Roster installation).")
    Path config;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(data);
        LocalDate today = LocalDate.now();
        boolean fresh = !Files.exists(data.resolve("vault.mv.db"));
        try (DemoServices services = DemoServices.start(data, employees, seed, ldapPort, smtpPort, configFile())) {
            EmbeddedDirectory directory = services.directory;
            RosterConfig config = RosterConfig.load(configFile());
            CycleReport report;
            boolean caughtUpOk = true;
            try (Engine engine = Engine.open(config)) {
                if (fresh) {
                    LocalDate weekAgo = today.minusDays(CATCH_UP_DAYS);
                    System.out.println("A new data folder: first a cycle as of " + weekAgo + ", as if Roster had been"
                            + " running for a week, then today's, which disables the week's leavers.");
                    CycleReport first = engine.cycle(weekAgo, TerminalProgress.forConsole());
                    System.out.print(Reports.text(first).replaceFirst("\nCycle summary\n",
                            "\nCycle summary, as of " + weekAgo + "\n"));
                    caughtUpOk = first.applied().allOk();
                }
                report = engine.cycle(today, TerminalProgress.forConsole());
            } finally {
                directory.exportLdif(services.ldif);
            }
            System.out.print(Reports.text(report).replaceFirst("\nCycle summary\n", "\nCycle summary, as of " + today
                    + "\n"));
            java.util.List<Path> saved = services.mail.save(data.resolve("mail"));
            System.out.println();
            System.out.println("Look inside:");
            System.out.println("  directory   " + directory.ldapUrl() + "  base " + directory.baseDn());
            System.out.println("  bind DN     " + directory.bindDn());
            System.out.println("  password    " + services.ldapPassword + "   (generated for this run of the demo only)");
            System.out.println("  e.g.        ldapsearch -x -H " + directory.ldapUrl() + " -D '" + directory.bindDn()
                    + "' -w '" + services.ldapPassword + "' -b '" + USERS_OU + "' '(employeeID=*)' displayName memberOf");
            System.out.println("  HR API      " + services.visma.baseUrl() + " (Visma.net HRM simulator)");
            System.out.println("  vault       " + data.resolve("vault.mv.db").toAbsolutePath() + " (H2)");
            System.out.println("  mail        " + saved.size() + " notifications received by the demo's mail server ("
                    + services.mail.smtpUrl() + ")" + (saved.isEmpty() ? "" : ", saved as " + saved.get(0).toAbsolutePath().getParent()
                    + "/*.eml (any mail program opens them)"));
            System.out.println("  outbox      ROSTER_DATA=" + data.toAbsolutePath() + " ./roster notifications --config "
                    + configFile());
            if (!once) {
                System.out.println("Roster demo is running; press Ctrl-C to stop.");
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    services.saveQuietly();
                    stop.countDown();
                }));
                stop.await();
            }
            return report.applied().allOk() && caughtUpOk ? ExitCode.OK : ExitCode.ACTIONS_FAILED;
        }
    }

    private Path configFile() {
        if (config != null) {
            return config;
        }
        String home = System.getProperty("roster.home");
        return home == null ? Path.of("config", "demo.yaml") : Path.of(home, "config", "demo.yaml");
    }
}
