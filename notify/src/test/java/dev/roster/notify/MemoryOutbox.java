package dev.roster.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An outbox in memory for the delivery tests: what is pending, and what became of each message. */
final class MemoryOutbox implements Outbox {

    record Result(long id, String status, int attempts, String text) {
    }

    final Map<Long, Mail> pending = new LinkedHashMap<>();
    final List<Result> results = new ArrayList<>();

    MemoryOutbox add(long id, int attempts, String subject, String body, String... recipients) {
        pending.put(id, new Mail(id, "leaver", List.of(recipients), subject, body, attempts,
                Instant.parse("2026-03-16T06:00:00Z")));
        return this;
    }

    @Override
    public List<Mail> pending() {
        return List.copyOf(pending.values());
    }

    @Override
    public void sent(Mail mail, String note) {
        pending.remove(mail.id());
        results.add(new Result(mail.id(), "sent", mail.attempts(), note));
    }

    @Override
    public void failed(Mail mail, int attempts, String error, boolean givenUp) {
        if (givenUp) {
            pending.remove(mail.id());
        } else {
            Mail m = pending.get(mail.id());
            pending.put(mail.id(), new Mail(m.id(), m.name(), m.recipients(), m.subject(), m.body(), attempts, m.created()));
        }
        results.add(new Result(mail.id(), givenUp ? "failed" : "pending", attempts, error));
    }
}
