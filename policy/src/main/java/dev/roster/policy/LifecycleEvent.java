package dev.roster.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A day on which a person's account in a target changes state by the lifecycle: created, enabled,
 * disabled or deleted, with the rule and contract that cause it and why, in words.
 *
 * @param contractId the contract that causes the event; empty when none does
 */
public record LifecycleEvent(LocalDate date, String target, String personId, String personName, Kind kind,
        String rule, String contractId, String because) {

    /** By date, target, person, then create before enable before disable before delete. */
    public static final Comparator<LifecycleEvent> ORDER = Comparator.comparing(LifecycleEvent::date)
            .thenComparing(LifecycleEvent::target).thenComparing(LifecycleEvent::personId)
            .thenComparing(LifecycleEvent::kind);

    public LifecycleEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(kind, "kind");
        personName = personName == null ? "" : personName;
        rule = rule == null ? "" : rule;
        contractId = contractId == null ? "" : contractId;
        because = because == null ? "" : because;
    }

    /** What happens to the account. */
    public enum Kind {
        CREATE, ENABLE, DISABLE, DELETE;

        /** "create", "enable", ... */
        public String verb() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** "2026-03-01 ad 100235 Zoë van der Çelik: enable (rule nurses, contract 100235-1-1: ...)". */
    @Override
    public String toString() {
        return date + " " + target + " " + personId + " " + personName + ": " + kind.verb()
                + " (rule " + rule + (contractId.isEmpty() ? "" : ", contract " + contractId) + ": " + because + ")";
    }
}
