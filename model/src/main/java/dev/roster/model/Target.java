package dev.roster.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A system Roster provisions accounts into. A target implements the operation interfaces it
 * supports ({@link Target.Creates}, {@link Target.Updates}, {@link Target.Enables},
 * {@link Target.Deletes}, {@link Target.Grants}, {@link Target.Observes}) and nothing else. Every
 * operation is idempotent: repeating one that already took effect succeeds. Failures are
 * {@link TargetException}s.
 */
public interface Target extends AutoCloseable {

    /**
     * The attribute that holds the account's home in a directory: the DN of the OU the mapping
     * puts it in. A target that has OUs creates the account there and moves it when the value
     * changes, keeping its name; other targets never receive it.
     */
    String OU = "ou";

    /** The target's name in the configuration. */
    String name();

    /** The capabilities given by the operation interfaces this target implements. */
    default Set<Capability> capabilities() {
        Set<Capability> caps = EnumSet.noneOf(Capability.class);
        if (this instanceof Creates) {
            caps.add(Capability.CREATE);
        }
        if (this instanceof Updates) {
            caps.add(Capability.UPDATE);
        }
        if (this instanceof Enables) {
            caps.add(Capability.ENABLE);
            caps.add(Capability.DISABLE);
        }
        if (this instanceof Deletes) {
            caps.add(Capability.DELETE);
        }
        if (this instanceof Grants) {
            caps.add(Capability.GRANT);
            caps.add(Capability.REVOKE);
        }
        if (this instanceof Observes) {
            caps.add(Capability.OBSERVE);
        }
        return caps;
    }

    /**
     * How many operations the target takes at once: the executor applies the actions of that many
     * persons side by side (each person's in the plan's order). 1, the default, applies the plan
     * strictly in order. A target returning more must be thread-safe.
     */
    default int parallelism() {
        return 1;
    }

    @Override
    default void close() {
    }

    /** Creates accounts, linking an existing account with the same correlation id instead. */
    interface Creates {
        Created create(NewAccount account);
    }

    /** Changes attributes; a null value clears the attribute. Only the given attributes change. */
    interface Updates {
        void update(AccountRef account, Map<String, String> changes);
    }

    /** Enables and disables accounts, keeping everything else about them. */
    interface Enables {
        void enable(AccountRef account);

        /**
         * Enables, and brings an account that was moved aside when it was disabled back to
         * {@code ou}, its home as the mapping gives it ({@link Target#OU}); null when the mapping
         * gives none. By default the home is not used.
         */
        default void enable(AccountRef account, String ou) {
            enable(account);
        }

        void disable(AccountRef account);

        /**
         * Disables, with the reason in words (the rule, contract and date that caused it) for
         * targets that can keep it with the account; by default the reason is not kept.
         */
        default void disable(AccountRef account, String reason) {
            disable(account);
        }
    }

    /**
     * Chooses at plan time the names its creates will give (for AD: sAMAccountName, cn,
     * userPrincipalName and mail, with iteration suffixes where taken), so that the plan shows
     * them. Within one apply the planned names are held for their creates ({@link #hold}); a name
     * taken in the target between plan and apply makes the create choose again.
     */
    interface Names {
        /**
         * @param accounts the creates of one plan, in its order; later ones avoid the names chosen
         *                 for earlier ones
         * @return for each account, in the same order, the attributes it names with the values the
         *         target would give them now; empty for an account the target would link to an
         *         existing one instead, or whose names it cannot choose (the create reports why)
         */
        java.util.List<Map<String, String>> choose(java.util.List<NewAccount> accounts);

        /**
         * The creates an apply is about to make, in the plan's order, with their names as planned;
         * until the next call, the target gives no account's names to another account's create
         * (the first account to hold a name keeps it), so that a create whose planned names were
         * taken, or were never chosen, does not take the names the plan showed for another. An
         * empty list ends the holds. By default nothing is held.
         */
        default void hold(java.util.List<NewAccount> accounts) {
        }
    }

    /** Deletes accounts; deleting an absent account succeeds. */
    interface Deletes {
        void delete(AccountRef account);
    }

    /** Grants and revokes permissions (groups, roles) named as the target knows them. */
    interface Grants {
        void grant(AccountRef account, String permission);

        void revoke(AccountRef account, String permission);
    }

    /**
     * Grants and revokes one permission for many accounts in one operation (for AD: one modify of
     * the group's {@code member} values), which a target with large groups takes far faster than
     * one change per account. The executor sends the grants and revokes of a plan this way, per
     * permission, at most {@link #batchSize()} accounts at a time, after each person's earlier
     * actions in the plan and before the later ones.
     */
    interface GrantsInBatches extends Grants {
        /** The most accounts one call changes. */
        default int batchSize() {
            return 500;
        }

        /**
         * Grants {@code permission} to the accounts in {@code grant} and revokes it from those in
         * {@code revoke}; idempotent for each account as {@link #grant} and {@link #revoke} are. An
         * account is in at most one of the two sets.
         *
         * @return the accounts whose change failed, each with its failure; every other change took
         *         effect
         * @throws TargetException when the batch failed as a whole (no such permission, the target
         *                         unreachable); some of its changes may have taken effect, and
         *                         the executor may send it again when the failure is retryable
         */
        Map<AccountRef, TargetException> change(String permission, Set<AccountRef> grant, Set<AccountRef> revoke);
    }

    /**
     * Reads what the target has now, so that the plan can correct attributes changed by hand (drift)
     * and keep fully managed groups to exactly what the rules give. Called once per cycle, before
     * planning; implementations read in bulk (for AD one paged search of the accounts and one read
     * per group), never once per account.
     */
    interface Observes {
        /**
         * @param accounts   the accounts whose attributes to read (Roster's); others are not returned
         * @param attributes the attributes to read of them, by the names the target uses; may be empty
         * @param groups     the groups (permissions as the rules name them) whose members to read;
         *                   may be empty
         * @return the values and members, complete: every group asked for is in it
         * @throws TargetException when anything cannot be read; never a partial observation, since
         *                         the plan acts on what it shows
         */
        Observation observe(Set<AccountRef> accounts, Set<String> attributes, Set<String> groups);
    }
}
