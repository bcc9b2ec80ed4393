package dev.roster.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One step of a plan, on one person's account in one target, with the reason it is there.
 * The vocabulary is closed: create, update, enable, disable, delete, grant, revoke.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "action")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Action.Create.class, name = "create"),
    @JsonSubTypes.Type(value = Action.Update.class, name = "update"),
    @JsonSubTypes.Type(value = Action.Enable.class, name = "enable"),
    @JsonSubTypes.Type(value = Action.Disable.class, name = "disable"),
    @JsonSubTypes.Type(value = Action.Delete.class, name = "delete"),
    @JsonSubTypes.Type(value = Action.Grant.class, name = "grant"),
    @JsonSubTypes.Type(value = Action.Revoke.class, name = "revoke")
})
public sealed interface Action {

    /** The target's name. */
    String target();

    /**
     * The person whose account this is. Null only for a {@link Revoke} from an account that belongs
     * to no person Roster manages, which names that account instead ({@link Revoke#account()}).
     */
    String personId();

    Reason reason();

    /** The verb, as in the plan JSON: "create", "grant", ... */
    default String verb() {
        return getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    /** One line for people: verb, target, person and what changes, without the reason. */
    String summary();

    /** Create the person's account with these attributes, enabled or not. */
    record Create(String target, String personId, String correlationId,
            SortedMap<String, String> attributes, boolean enabled, Reason reason) implements Action {
        public Create {
            check(target, personId, reason);
            Objects.requireNonNull(correlationId, "correlationId");
            attributes = new TreeMap<>(attributes);
        }

        @Override
        public String summary() {
            return "create " + target + " account for " + personId + (enabled ? " (enabled)" : " (disabled)");
        }
    }

    /** Change the attributes named in {@code changes} from their before to their after value. */
    record Update(String target, String personId, SortedMap<String, Change> changes, Reason reason)
            implements Action {
        public Update {
            check(target, personId, reason);
            changes = new TreeMap<>(changes);
        }

        @Override
        public String summary() {
            StringBuilder b = new StringBuilder("update " + target + " account of " + personId + ":");
            for (Map.Entry<String, Change> e : changes.entrySet()) {
                b.append(' ').append(e.getKey()).append(" '").append(nn(e.getValue().before()))
                        .append("' -> '").append(nn(e.getValue().after())).append('\'');
            }
            return b.toString();
        }
    }

    /**
     * Enable the account. {@code ou} is the account's home as the mapping gives it (for a
     * directory, the DN of its OU; see {@link Target#OU}), so that a target that moved the account
     * aside when disabling it brings it back there; null when the mapping gives none.
     */
    record Enable(String target, String personId,
            @JsonInclude(JsonInclude.Include.NON_NULL) String ou, Reason reason) implements Action {
        @JsonCreator
        public Enable {
            check(target, personId, reason);
            ou = ou == null || ou.isBlank() ? null : ou;
        }

        /** Without a home OU. */
        public Enable(String target, String personId, Reason reason) {
            this(target, personId, null, reason);
        }

        @Override
        public String summary() {
            return "enable " + target + " account of " + personId + (ou == null ? "" : " in " + ou);
        }
    }

    record Disable(String target, String personId, Reason reason) implements Action {
        public Disable {
            check(target, personId, reason);
        }

        @Override
        public String summary() {
            return "disable " + target + " account of " + personId;
        }
    }

    record Delete(String target, String personId, Reason reason) implements Action {
        public Delete {
            check(target, personId, reason);
        }

        @Override
        public String summary() {
            return "delete " + target + " account of " + personId;
        }
    }

    record Grant(String target, String personId, String permission, Reason reason) implements Action {
        public Grant {
            check(target, personId, reason);
            Objects.requireNonNull(permission, "permission");
        }

        @Override
        public String summary() {
            return "grant " + permission + " in " + target + " to " + personId;
        }
    }

    /**
     * Take {@code permission} away. From a person's account ({@code personId} set, {@code account}
     * null), or, in a group a target declares fully managed, from an account that belongs to no
     * person Roster manages ({@code personId} null, {@code account} naming it). The plan JSON leaves
     * out the one that is null, so a person's revoke reads as it always did.
     */
    record Revoke(String target, @JsonInclude(JsonInclude.Include.NON_NULL) String personId, String permission,
            Reason reason, @JsonInclude(JsonInclude.Include.NON_NULL) ForeignAccount account) implements Action {
        public Revoke {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(permission, "permission");
            Objects.requireNonNull(reason, "reason");
            if ((personId == null) == (account == null)) {
                throw new IllegalArgumentException("a revoke names either a person or a foreign account, not "
                        + (personId == null ? "neither" : "both"));
            }
        }

        /** From the person's account. */
        public Revoke(String target, String personId, String permission, Reason reason) {
            this(target, Objects.requireNonNull(personId, "personId"), permission, reason, null);
        }

        /** From an account that belongs to no person Roster manages. */
        public Revoke(String target, ForeignAccount account, String permission, Reason reason) {
            this(target, null, permission, reason, Objects.requireNonNull(account, "account"));
        }

        /** True when the account belongs to no person Roster manages. */
        public boolean foreign() {
            return account != null;
        }

        @Override
        public String summary() {
            return "revoke " + permission + " in " + target + " from "
                    + (account == null ? personId : account + " (not a Roster account)");
        }
    }

    private static void check(String target, String personId, Reason reason) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(reason, "reason");
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
