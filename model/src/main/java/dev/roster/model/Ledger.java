package dev.roster.model;

import java.util.Optional;

/**
 * The record of what Roster did in its targets, written after every successful action so that a
 * crash loses at most the action in flight. Implementations are thread-safe.
 */
public interface Ledger {

    /** The person's entry in the target, if Roster has an account for them there. */
    Optional<LedgerEntry> find(String target, String personId);

    /**
     * Records that {@code action} took effect. For a create, {@code account} is the reference the
     * target returned; for other actions it is the account acted on.
     */
    void record(Action action, AccountRef account);
}
