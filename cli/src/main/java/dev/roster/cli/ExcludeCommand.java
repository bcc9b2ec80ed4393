package dev.roster.cli;

import dev.roster.engine.Engine;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "exclude", mixinStandardHelpOptions = true,
        description = "Leave a person's accounts untouched (nothing planned for them) until included again.")
final class ExcludeCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Parameters(paramLabel = "PERSON", description = "The person's id.")
    String person;
    @Mixin
    AuditOptions audit;

    @Option(names = "--undo", description = "Include the person again.")
    boolean undo;

    @Override
    public Integer call() {
        try (Engine engine = options.open()) {
            boolean changed = undo ? engine.vault().include(person, audit.actor(), audit.reason)
                    : engine.vault().exclude(person, audit.actor(), audit.reason);
            System.out.println(person + (undo ? (changed ? " is included again" : " was not excluded")
                    : (changed ? " is excluded: their accounts are left untouched" : " was already excluded")));
            return ExitCode.OK;
        }
    }
}
