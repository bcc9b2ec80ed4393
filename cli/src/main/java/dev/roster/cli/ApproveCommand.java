package dev.roster.cli;

import dev.roster.engine.Engine;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "approve", mixinStandardHelpOptions = true,
        description = "Release what a threshold held, after review. Recorded in the audit log with who, when and why.",
        subcommands = {ApproveCommand.Import.class, ApproveRun.class})
final class ApproveCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Accept a held import snapshot (see roster diff) so that plans are made from it.")
    static final class Import implements Callable<Integer> {

        @Mixin
        ConfigOptions options;

        @Parameters(paramLabel = "SNAPSHOT", description = "The held snapshot's number, as the import report gave it.")
        long snapshot;
        @Mixin
        AuditOptions audit;

        @Override
        public Integer call() {
            try (Engine engine = options.open()) {
                long revision = engine.vault().approve(snapshot, audit.actor(), audit.reason);
                System.out.println("Snapshot " + snapshot + " approved by " + audit.actor()
                        + "; the vault is at revision " + revision + ". Plans are made from it now.");
                return ExitCode.OK;
            }
        }
    }
}
