package dev.roster.cli;

import dev.roster.apply.ApplyReport;
import dev.roster.engine.Engine;
import dev.roster.model.Plan;
import dev.roster.plan.PlanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Apply a plan to the targets: a saved one exactly as reviewed (--plan FILE), refused when the"
                + " vault moved on since it was made; otherwise a plan made now from the current snapshot. Then the"
                + " notifications the applied actions call for are sent.")
final class ApplyCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Option(names = "--plan", paramLabel = "FILE", description = "A plan saved with plan --out FILE.")
    Path saved;

    @Override
    public Integer call() throws IOException {
        try (Engine engine = options.open()) {
            Plan plan = saved == null ? engine.plan(options.date())
                    : engine.checkCurrent(PlanJson.read(Files.readString(saved)), saved.toString());
            ApplyReport report = engine.apply(plan, TerminalProgress.forConsole());
            System.out.print(Reports.text(report));
            System.out.print(Reports.text(engine.deliverNotifications()));
            if (!report.allOk()) {
                return ExitCode.ACTIONS_FAILED;
            }
            return report.held().isEmpty() ? ExitCode.OK : ExitCode.ACTIONS_HELD;
        }
    }
}
