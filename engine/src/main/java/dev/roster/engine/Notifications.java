package dev.roster.engine;

import dev.roster.apply.ApplyReport;
import dev.roster.apply.Outcome;
import dev.roster.model.Action;
import dev.roster.model.Contract;
import dev.roster.model.LedgerEntry;
import dev.roster.model.NamingConvention;
import dev.roster.model.Person;
import dev.roster.model.PersonName;
import dev.roster.notify.Addresses;
import dev.roster.notify.Delivery;
import dev.roster.notify.DeliveryReport;
import dev.roster.notify.Mail;
import dev.roster.policy.Template;
import dev.roster.policy.Values;
import dev.roster.vault.OutboxDraft;
import dev.roster.vault.OutboxStatus;
import dev.roster.vault.Vault;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's side of notifications: queues in the vault's outbox the messages that applied
 * actions call for, rendered with the values of the person, their primary contract and manager,
 * the action and the account; and delivers the outbox over SMTP. Only actions that took effect
 * (applied or linked) call for messages. Delivery never throws: a mail server that is down leaves
 * the messages pending and the targets as they are. Not thread-safe, like the engine.
 */
final class Notifications {

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    /** The ledger attributes that name an account, in order of preference, for {@code account.name}. */
    static final List<String> NAME_ATTRIBUTES = List.of("sAMAccountName", "userPrincipalName", "uid", "username", "cn");

    private final RosterConfig config;
    private final Vault vault;
    private int queued;
    private int unsendable;
    private final List<String> problems = new ArrayList<>();

    Notifications(RosterConfig config, Vault vault) {
        this.config = config;
        this.vault = vault;
    }

    /**
     * Queues the messages the successful outcomes of run {@code run} call for; queuing again for the
     * same run adds nothing. A recipient that renders empty or is no address is left out and
     * reported; a message left without recipients is kept as failed.
     */
    void enqueue(long run, LocalDate asOf, ApplyReport report) {
        List<NotificationRules.Message> messages = config.notifications().messages();
        List<Action> due = report.outcomes().stream().filter(Outcome::ok).map(Outcome::action)
                .filter(a -> a.personId() != null && messages.stream().anyMatch(m -> m.matches(a))).toList();
        if (due.isEmpty()) {
            return;
        }
        Map<String, Person> persons = new HashMap<>();
        vault.persons().forEach(p -> persons.put(p.id(), p));
        for (Action action : due) {
            Values values = values(action, asOf, persons);
            for (NotificationRules.Message m : messages) {
                if (m.matches(action)) {
                    enqueue(run, action, m, values);
                }
            }
        }
    }

    private void enqueue(long run, Action action, NotificationRules.Message m, Values values) {
        Map<String, String> to = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < m.to().size(); i++) {
            Template t = m.to().get(i);
            String address = t.render(values).strip();
            Optional<String> problem = address.isEmpty() ? Optional.of("is empty") : Addresses.problem(address);
            if (problem.isPresent()) {
                skipped.add("to[" + i + "] " + t + " " + problem.get());
            } else {
                to.putIfAbsent(address.toLowerCase(Locale.ROOT), address);
            }
        }
        String subject = m.subject().render(values).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        OutboxDraft draft = new OutboxDraft(run, m.name(), action.personId(), action.target(), key(action),
                List.copyOf(to.values()), skipped, subject, m.body().render(values));
        if (!vault.outbox().enqueue(draft, Engine.ACTOR)) {
            return;
        }
        queued++;
        if (!skipped.isEmpty()) {
            String line = m.name() + " for " + draft.actionKey() + ": " + String.join("; ", skipped)
                    + (to.isEmpty() ? "; not sent: no recipients left" : "; sent to the others");
            problems.add(line);
            LOG.warn("notification {}", line);
        }
        if (to.isEmpty()) {
            unsendable++;
        }
    }

    /** Names the action within its run: "disable ad 100235", "grant dep-OE-210 ad 100235". */
    static String key(Action a) {
        String permission = permission(a);
        return a.verb() + (permission.isEmpty() ? "" : " " + permission) + " " + a.target() + " " + a.personId();
    }

    private static String permission(Action a) {
        if (a instanceof Action.Grant g) {
            return g.permission();
        }
        return a instanceof Action.Revoke r ? r.permission() : "";
    }

    private Values values(Action a, LocalDate asOf, Map<String, Person> persons) {
        Person person = persons.getOrDefault(a.personId(), new Person(a.personId(),
                new PersonName("", "", "", "", "", "", "", NamingConvention.B), "", null, "", Map.of(), List.of()));
        Contract contract = config.mapping().primaryContract().choose(person.contracts(), asOf).orElse(null);
        Person manager = contract == null || contract.managerId().isEmpty() ? null : persons.get(contract.managerId());
        Map<String, String> more = new HashMap<>();
        more.put("action.verb", a.verb());
        more.put("action.target", a.target());
        more.put("action.reason", a.reason().toString());
        more.put("action.date", asOf.toString());
        more.put("action.summary", a.summary());
        more.put("action.permission", permission(a));
        more.put("account.name", accountName(a));
        return new Values(person, contract, manager, more);
    }

    /** The account's name as Roster last wrote it (for a deleted account, before it was deleted), or empty. */
    private String accountName(Action a) {
        Map<String, String> attributes = vault.find(a.target(), a.personId()).map(LedgerEntry::attributes)
                .orElse(null);
        if (attributes == null && a instanceof Action.Delete) {
            attributes = vault.deletedAccounts(a.target()).stream().filter(d -> d.personId().equals(a.personId()))
                    .reduce((first, second) -> second).map(d -> d.attributes()).orElse(null);
        }
        if (attributes != null) {
            for (String name : NAME_ATTRIBUTES) {
                String value = attributes.get(name);
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
        }
        return "";
    }

    /**
     * Sends the outbox's pending messages, when a mail server is configured, and reports what
     * happened since the previous delivery. Never throws.
     */
    NotificationReport deliver() {
        NotificationRules rules = config.notifications();
        if (rules.smtp().isEmpty()) {
            return NotificationReport.NONE;
        }
        List<String> lines = new ArrayList<>(problems);
        int sent = 0;
        int failed = unsendable;
        long pending = 0;
        try {
            DeliveryReport d = new Delivery(rules.smtp().get(), config.secrets(), rules.maxAttempts())
                    .deliver(new VaultOutbox(vault));
            sent = d.sent();
            failed += d.failed();
            lines.addAll(d.problems());
            pending = vault.outbox().counts().get(OutboxStatus.PENDING);
        } catch (RuntimeException e) {
            LOG.error("delivering notifications stopped; the rest stays pending: {}", e.getMessage(), e);
            lines.add("delivery stopped: " + e.getMessage());
        }
        NotificationReport report = new NotificationReport(true, queued, sent, pending, failed, lines);
        queued = 0;
        unsendable = 0;
        problems.clear();
        return report;
    }

    /** The vault's outbox as the delivery sees it; what it records is audited as Roster's. */
    private record VaultOutbox(Vault vault) implements dev.roster.notify.Outbox {
        @Override
        public List<Mail> pending() {
            return vault.outbox().pending().stream().map(m -> new Mail(m.id(), m.message(), m.recipients(),
                    m.subject(), m.body(), m.attempts(), m.createdAt())).toList();
        }

        @Override
        public void sent(Mail mail, String note) {
            vault.outbox().sent(mail.id(), note, Engine.ACTOR);
        }

        @Override
        public void failed(Mail mail, int attempts, String error, boolean givenUp) {
            vault.outbox().failed(mail.id(), error, givenUp, Engine.ACTOR);
        }
    }
}
