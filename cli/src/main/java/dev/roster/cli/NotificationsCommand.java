package dev.roster.cli;

import dev.roster.engine.Engine;
import dev.roster.engine.NotificationReport;
import dev.roster.vault.OutboxMessage;
import dev.roster.vault.OutboxStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "notifications", mixinStandardHelpOptions = true,
        description = "The outbox of notifications, newest first: what each applied action sent or is waiting to send,"
                + " to whom, and why one was not sent. Changes nothing.",
        subcommands = {NotificationsCommand.Send.class})
final class NotificationsCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only these: pending, sent or failed.")
    String status;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print them as JSON, with their bodies.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OutboxStatus only = status == null ? null : status(status);
        try (Engine engine = options.open()) {
            List<OutboxMessage> messages = engine.vault().outbox().newest(only, limit);
            if (json) {
                System.out.print(Json.write(messages.stream().map(NotificationsCommand::json).toList()));
            } else {
                System.out.print(text(engine.vault().outbox().counts(), messages));
            }
            return ExitCode.OK;
        }
    }

    private OutboxStatus status(String value) {
        try {
            return OutboxStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--status must be pending, sent or failed, not '" + value + "'");
        }
    }

    static String text(Map<OutboxStatus, Long> counts, List<OutboxMessage> messages) {
        StringBuilder b = new StringBuilder("Outbox: ").append(counts.get(OutboxStatus.PENDING)).append(" pending, ")
                .append(counts.get(OutboxStatus.SENT)).append(" sent, ").append(counts.get(OutboxStatus.FAILED))
                .append(" failed\n");
        for (OutboxMessage m : messages) {
            b.append(String.format(Locale.ROOT, "  %-6d %-7s %s  %s for %s (run %d)%n", m.id(),
                    m.status().name().toLowerCase(Locale.ROOT), m.createdAt().toString().substring(0, 16).replace('T', ' '),
                    m.message(), m.actionKey(), m.run()));
            b.append("         subject: ").append(m.subject()).append('\n');
            b.append("         to: ").append(m.recipients().isEmpty() ? "(nobody)" : String.join(", ", m.recipients()))
                    .append('\n');
            m.skipped().forEach(s -> b.append("         left out: ").append(s).append('\n'));
            if (m.attempts() > 0 || !m.lastError().isEmpty()) {
                b.append("         ").append(m.attempts() > 0 ? m.attempts() + " failed attempts; " : "")
                        .append(m.lastError()).append('\n');
            }
        }
        return b.toString();
    }

    private static Map<String, Object> json(OutboxMessage m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.id());
        out.put("run", m.run());
        out.put("message", m.message());
        out.put("status", m.status().name().toLowerCase(Locale.ROOT));
        out.put("personId", m.personId());
        out.put("target", m.target());
        out.put("action", m.actionKey());
        out.put("recipients", m.recipients());
        out.put("skipped", m.skipped());
        out.put("subject", m.subject());
        out.put("body", m.body());
        out.put("attempts", m.attempts());
        out.put("lastError", m.lastError());
        out.put("created", m.createdAt().toString());
        out.put("sent", m.sentAt().map(Object::toString).orElse(null));
        return out;
    }

    @Command(name = "send", mixinStandardHelpOptions = true,
            description = "Send the pending notifications now, as every cycle does after its apply. Exit code 1 when"
                    + " some could not be sent (they stay pending, or are given up after the last attempt).")
    static final class Send implements Callable<Integer> {

        @Mixin
        ConfigOptions options;

        @Override
        public Integer call() {
            try (Engine engine = options.open()) {
                if (engine.config().notifications().smtp().isEmpty()) {
                    throw new dev.roster.model.ConfigException(options.config + ": notifications.smtp is not configured;"
                            + " there is no mail server to send with");
                }
                NotificationReport report = engine.deliverNotifications();
                System.out.print(Reports.text(report));
                return report.pending() == 0 && report.failed() == 0 ? ExitCode.OK : ExitCode.ACTIONS_FAILED;
            }
        }
    }
}
