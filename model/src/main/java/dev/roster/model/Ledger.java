package dev.roster.model;

import java.util.List;
import java.util.Optional;

/**
 * The record of what Roster did in its targets, written after every successful action so that a
 * crash loses at most the action in flight. Implementations are thread-safe.
 */
public interface Ledger {

    /** The person's entry in the target, if Roster has an account for them there. */
    Optional<LedgerEntry> find(String target, String personId);

    /**
     * The person's account in the target, if Roster has one: {@link #find} without the attributes
     * and permissions, which a ledger may answer more cheaply.
     */
    default Optional<AccountRef> account(String target, String personId) {
        return find(target, personId).map(LedgerEntry::account);
    }

    /**
     * Records that {@code action} took effect. For a create, {@code account} is the reference the
     * target returned; for other actions it is the account acted on.
     */
    void record(Action action, AccountRef account);

    /**
     * Records actions that took effect together (one call to the target made them all), as
     * {@link #record} would one after the other; a ledger may write them at once, and then
     * either all or none are recorded.
     */
    default void recordAll(List<Done> done) {
        done.forEach(d -> record(d.action(), d.account()));
    }

    /** An action that took effect, on {@code account}. */
    record Done(Action action, AccountRef account) {
        public Done {
            java.util.Objects.requireNonNull(action, "action");
            java.util.Objects.requireNonNull(account, "account");
        }
    }
}
