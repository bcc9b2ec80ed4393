package dev.roster.cli;

import dev.roster.engine.CycleReport;
import dev.roster.engine.Engine;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "One full cycle: import, plan, apply, then send the notifications the applied actions call for."
                + " When the import fails nothing is planned or applied. A mail server that is down never fails the cycle.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() {
        try (Engine engine = options.open()) {
            CycleReport report = engine.cycle(options.date(), TerminalProgress.forConsole());
            System.out.print(Reports.text(report));
            if (!report.applied().allOk()) {
                return ExitCode.ACTIONS_FAILED;
            }
            if (report.imported().held()) {
                return ExitCode.IMPORT_HELD;
            }
            return report.applied().held().isEmpty() ? ExitCode.OK : ExitCode.ACTIONS_HELD;
        }
    }
}
