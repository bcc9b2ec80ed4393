package dev.roster.cli;

import dev.roster.apply.ApplyReport;
import dev.roster.engine.Engine;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Apply the actions a target threshold held back from a run, after review; refused when the"
                + " vault moved on since (the next run plans again).")
final class ApproveRun implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Parameters(paramLabel = "RUN", description = "The run's number, as the apply report gave it.")
    long run;

    @Option(names = "--types", split = ",", paramLabel = "KIND",
            description = "Only these kinds of held actions (create, update, enable, disable, delete, grant, revoke);"
                    + " default: all that were held.")
    List<String> types = List.of();
    @Mixin
    AuditOptions audit;

    @Override
    public Integer call() {
        try (Engine engine = options.open()) {
            ApplyReport report = engine.approveRun(run, new LinkedHashSet<>(types), audit.actor(), audit.reason,
                    TerminalProgress.forConsole());
            System.out.print(Reports.text(report));
            System.out.print(Reports.text(engine.deliverNotifications()));
            return report.allOk() ? ExitCode.OK : ExitCode.ACTIONS_FAILED;
        }
    }
}
