package dev.roster.cli;

import dev.roster.sim.visma.VismaSimulator;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Run a simulator of an outside system on its own.",
        subcommands = SimulateCommand.Visma.class)
final class SimulateCommand {

    @Command(name = "visma", mixinStandardHelpOptions = true,
            description = "Run the Visma.net HRM export API simulator with a synthetic organisation until stopped.")
    static final class Visma implements Callable<Integer> {

        @Option(names = "--port", defaultValue = "8089", description = "HTTP port (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--employees", defaultValue = "500", description = "Employee records (default: ${DEFAULT-VALUE}).")
        int employees;

        @Option(names = "--seed", defaultValue = "42", description = "Seed of the organisation (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--as-of", paramLabel = "DATE", description = "Date the organisation is current on (default: today).")
        LocalDate asOf;

        @Option(names = "--client-id", defaultValue = "roster", description = "Accepted client id (default: ${DEFAULT-VALUE}).")
        String clientId;

        @Option(names = "--tenant-id", defaultValue = "00000000-0000-4000-8000-000000000001",
                description = "Accepted tenant id (default: ${DEFAULT-VALUE}).")
        String tenantId;

        @Option(names = "--client-secret-env", defaultValue = "ROSTER_SIM_VISMA_SECRET",
                description = "Environment variable holding the accepted client secret (default: ${DEFAULT-VALUE});"
                        + " when unset the secret is 'simulator'.")
        String secretEnv;

        @Override
        public Integer call() throws Exception {
            String secret = System.getenv(secretEnv) == null ? "simulator" : System.getenv(secretEnv);
            try (VismaSimulator sim = VismaSimulator.start(VismaSimulator.Options.defaults().withPort(port)
                    .withEmployees(employees).withSeed(seed).withAsOf(asOf == null ? LocalDate.now() : asOf)
                    .withClient(clientId, secret, tenantId))) {
                System.out.println("Visma.net HRM simulator on " + sim.baseUrl() + " with " + employees
                        + " employee records (seed " + seed + ")");
                System.out.println("  token endpoint " + sim.tokenUrl());
                System.out.println("  client id " + clientId + ", tenant id " + tenantId
                        + ", client secret from $" + secretEnv + (System.getenv(secretEnv) == null ? " (unset: 'simulator')" : ""));
                System.out.println("Press Ctrl-C to stop.");
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
                stop.await();
                return ExitCode.OK;
            }
        }
    }
}
