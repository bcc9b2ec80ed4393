package dev.roster.policy;

/**
 * The state an account should be in on the plan date.
 *
 * <ul>
 *   <li>{@code ENABLED}: the account exists and can be used.</li>
 *   <li>{@code DISABLED}: the account exists but cannot be used: before the start (created ahead
 *       of it), or under a rule that gives an account without access. Created when missing.</li>
 *   <li>{@code ENDED}: the in-scope contracts have ended: the account stays, disabled, until it is
 *       deleted. Never created for someone who left before Roster knew them.</li>
 *   <li>{@code DELETED}: the account should no longer exist; the planner deletes it when the
 *       ledger still has it and otherwise does nothing.</li>
 * </ul>
 */
public enum AccountState {
    ENABLED, DISABLED, ENDED, DELETED
}
