package dev.roster.cli;

import dev.roster.engine.Engine;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "mapping", mixinStandardHelpOptions = true, description = "Look at how source records are mapped.",
        subcommands = MappingCommand.Preview.class)
final class MappingCommand {

    @Command(name = "preview", mixinStandardHelpOptions = true,
            description = "Read the source and show one record beside the person the mapping makes of it"
                    + " (or why it is blocked). Stores nothing.")
    static final class Preview implements Callable<Integer> {

        @Mixin
        ConfigOptions options;

        @Option(names = "--record", required = true, paramLabel = "ID", description = "The source record's id.")
        String record;

        @Override
        public Integer call() {
            try (Engine engine = options.open()) {
                System.out.print(engine.previewMapping(record, options.date(), TerminalProgress.forConsole()));
                return ExitCode.OK;
            }
        }
    }
}
