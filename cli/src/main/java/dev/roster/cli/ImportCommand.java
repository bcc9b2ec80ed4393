package dev.roster.cli;

import dev.roster.engine.Engine;
import dev.roster.engine.ImportReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read the source completely and store it in the vault as a new snapshot. Nothing is"
                + " stored when any part of the source fails.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Option(names = "--json", description = "Print the import report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Engine engine = options.open()) {
            ImportReport report = engine.importNow(options.date(), TerminalProgress.forConsole());
            System.out.print(json ? Reports.json(report) : Reports.text(report));
            return report.held() ? ExitCode.IMPORT_HELD : ExitCode.OK;
        }
    }
}
