package dev.roster.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a target has now, read once per cycle by {@link Target.Observes} so that the plan can compare
 * it with what the rules want: the current values of some attributes of Roster's accounts, and the
 * members of some groups. Immutable.
 *
 * @param target     the target's name
 * @param attributes per account that was read, the asked attribute names to their current values,
 *                   in the target's order; an empty list means the attribute is absent. An account
 *                   the target no longer has is missing. A value that points at another account is
 *                   written {@code ref:ACCOUNT} (see {@link AccountReference#REF}) when the target
 *                   knows that account.
 * @param groups     per group asked for, by the name it was asked by, what it holds
 */
public record Observation(String target, Map<AccountRef, Map<String, List<String>>> attributes,
        Map<String, Group> groups) {

    public Observation {
        Objects.requireNonNull(target, "target");
        Map<AccountRef, Map<String, List<String>>> values = new HashMap<>();
        attributes.forEach((ref, byName) -> {
            Map<String, List<String>> copy = new TreeMap<>();
            byName.forEach((name, list) -> copy.put(name, List.copyOf(list)));
            values.put(ref, Map.copyOf(copy));
        });
        attributes = Map.copyOf(values);
        groups = Map.copyOf(groups);
    }

    /** An observation of nothing. */
    public static Observation empty(String target) {
        return new Observation(target, Map.of(), Map.of());
    }

    /** The account's current values by attribute name, or null when the account was not read. */
    public Map<String, List<String>> valuesOf(AccountRef account) {
        return attributes.get(account);
    }

    /**
     * The same observation without these accounts: neither their values nor their memberships,
     * for accounts Roster must leave untouched (excluded persons).
     */
    public Observation without(Set<AccountRef> accounts) {
        if (accounts.isEmpty()) {
            return this;
        }
        Map<AccountRef, Map<String, List<String>>> values = new HashMap<>(attributes);
        values.keySet().removeAll(accounts);
        Map<String, Group> kept = new HashMap<>();
        groups.forEach((name, g) -> kept.put(name, new Group(g.name(), g.aliases(), g.members().stream()
                .filter(m -> m.account() == null || !accounts.contains(m.account())).toList())));
        return new Observation(target, values, kept);
    }

    /**
     * One group and what it holds.
     *
     * @param name    the name it was asked by
     * @param aliases every name a permission may give the group by (for AD its DN, cn and
     *                sAMAccountName), compared ignoring case; always includes {@code name}
     * @param members every member, however many
     */
    public record Group(String name, Set<String> aliases, List<Member> members) {
        public Group {
            Objects.requireNonNull(name, "name");
            Set<String> lower = new TreeSet<>();
            lower.add(name.toLowerCase(Locale.ROOT));
            aliases.forEach(a -> lower.add(a.toLowerCase(Locale.ROOT)));
            aliases = Set.copyOf(lower);
            members = List.copyOf(members);
        }

        /** A group known only by one name. */
        public Group(String name, List<Member> members) {
            this(name, Set.of(), members);
        }

        /** True when {@code permission} names this group (ignoring case). */
        public boolean isNamed(String permission) {
            return aliases.contains(permission.toLowerCase(Locale.ROOT));
        }

        /** The members of kind {@link Member.Kind#ACCOUNT}, sorted by name, then reference. */
        public List<Member> accounts() {
            List<Member> out = new ArrayList<>();
            members.forEach(m -> {
                if (m.kind() == Member.Kind.ACCOUNT) {
                    out.add(m);
                }
            });
            out.sort(Member.ORDER);
            return out;
        }
    }

    /**
     * One member of a group.
     *
     * @param kind          what it is
     * @param account       its reference; never null for {@code ACCOUNT}, may be null otherwise
     * @param name          how the target shows it (for AD its DN), for people
     * @param correlationId its correlation value (AD: employeeID), empty when it has none
     */
    public record Member(Kind kind, AccountRef account, String name, String correlationId) {

        /** The order in which plans list members: by name, then reference. */
        public static final java.util.Comparator<Member> ORDER = java.util.Comparator.comparing(Member::name)
                .thenComparing(m -> m.account() == null ? "" : m.account().id());

        /** What a member is, which decides whether a fully managed group may lose it. */
        public enum Kind {
            /** An account (or another single entry) the target can remove from the group. */
            ACCOUNT,
            /** A nested group; Roster leaves it alone. */
            GROUP,
            /** An entry outside what the target may change (AD: not below baseDn); left alone. */
            OUT_OF_REACH
        }

        public Member {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(correlationId, "correlationId");
            if (kind == Kind.ACCOUNT) {
                Objects.requireNonNull(account, "account");
            }
        }

        /** An account member. */
        public static Member account(AccountRef account, String name, String correlationId) {
            return new Member(Kind.ACCOUNT, account, name, correlationId);
        }
    }
}
