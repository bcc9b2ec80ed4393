package dev.roster.cli;

import picocli.CommandLine.Option;

/** Who does something by hand and why, for the audit log: shared by approve, exclude and unmanage. */
final class AuditOptions {

    @Option(names = "--reason", required = true, description = "Why; kept in the audit log.")
    String reason;

    @Option(names = "--actor", description = "Who (default: the user running roster).")
    String actor;

    String actor() {
        return Actor.of(actor);
    }
}
