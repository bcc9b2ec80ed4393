package dev.roster.cli;

import dev.roster.apply.ApplyReport;
import dev.roster.engine.Engine;
import dev.roster.model.Plan;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Plan from the current snapshot and apply the plan to the targets.")
final class ApplyCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() {
        try (Engine engine = options.open()) {
            Plan plan = engine.plan(options.date());
            ApplyReport report = engine.apply(plan, TerminalProgress.forConsole());
            System.out.print(Reports.text(report));
            return report.allOk() ? ExitCode.OK : ExitCode.ACTIONS_FAILED;
        }
    }
}
