package dev.roster.cli;

import dev.roster.engine.Engine;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "unmanage", mixinStandardHelpOptions = true,
        description = "Make Roster forget a permission it granted (or a whole account) without revoking or touching"
                + " it in the target; no plan revokes it afterwards. Recorded in the audit log with who and why.")
final class UnmanageCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Parameters(paramLabel = "PERSON", description = "The person's id.")
    String person;

    @Option(names = "--target", required = true, description = "The target's name.")
    String target;

    @Option(names = "--permission", description = "The permission to forget; without it, the whole account.")
    String permission;
    @Mixin
    AuditOptions audit;

    @Override
    public Integer call() {
        try (Engine engine = options.open()) {
            boolean done = engine.vault().unmanage(target, person, permission, audit.actor(), audit.reason);
            String what = permission == null ? "the " + target + " account of " + person : permission + " of " + person + " in " + target;
            System.out.println(done ? what + " is no longer managed by Roster; it was left as it is."
                    : "Roster did not manage " + what + ".");
            return ExitCode.OK;
        }
    }
}
