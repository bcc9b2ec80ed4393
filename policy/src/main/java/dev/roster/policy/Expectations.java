package dev.roster.policy;

import dev.roster.model.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The expected accounts of a rule-test case, and how the desired state differs from them. */
final class Expectations {

    /** One expected account; {@code state} null means no account; null lists are not checked. */
    private record Expected(AccountState state, Set<String> permissions, Map<String, String> attributes) {
    }

    private final Map<String, Map<String, Expected>> byTarget;
    private final List<Person> persons;

    private Expectations(Map<String, Map<String, Expected>> byTarget, List<Person> persons) {
        this.byTarget = byTarget;
        this.persons = persons;
    }

    static Expectations parse(String where, Object node, List<Person> persons, Set<String> targets) {
        Map<String, Object> map = Nodes.map(where, node);
        if (map.isEmpty()) {
            throw Nodes.error(where, "is required: the expected accounts per target");
        }
        Set<String> ids = new TreeSet<>();
        persons.forEach(p -> ids.add(p.id()));
        Map<String, Map<String, Expected>> byTarget = new LinkedHashMap<>();
        map.forEach((target, accounts) -> {
            String at = Nodes.at(where, target);
            if (!targets.contains(target)) {
                throw Nodes.error(at, "is not a target of the rules; targets are " + new TreeSet<>(targets));
            }
            Map<String, Expected> expected = new LinkedHashMap<>();
            Nodes.map(at, accounts).forEach((id, spec) -> {
                if (!ids.contains(id)) {
                    throw Nodes.error(Nodes.at(at, id), "is not a person of this fixture; persons are " + ids);
                }
                expected.put(id, expected(Nodes.at(at, id), spec));
            });
            byTarget.put(target, expected);
        });
        return new Expectations(byTarget, persons);
    }

    private static Expected expected(String where, Object spec) {
        if (!(spec instanceof Map)) {
            return new Expected(state(where, Nodes.scalar(where, spec)), null, null);
        }
        Map<String, Object> m = Nodes.map(where, spec);
        Nodes.onlyKeys(where, m, Set.of("state", "permissions", "attributes"));
        AccountState state = state(Nodes.at(where, "state"), Nodes.required(where, m, "state"));
        Set<String> permissions = m.containsKey("permissions")
                ? new TreeSet<>(Nodes.strings(Nodes.at(where, "permissions"), m.get("permissions"))) : null;
        Map<String, String> attributes = null;
        if (m.containsKey("attributes")) {
            attributes = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : Nodes.map(Nodes.at(where, "attributes"), m.get("attributes")).entrySet()) {
                String v = Nodes.scalar(Nodes.at(where, "attributes." + e.getKey()), e.getValue());
                attributes.put(e.getKey(), v == null ? "" : v);
            }
        }
        return new Expected(state, permissions, attributes);
    }

    private static AccountState state(String where, String v) {
        String s = v == null ? "" : v.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "enabled" -> AccountState.ENABLED;
            case "disabled" -> AccountState.DISABLED;
            case "ended" -> AccountState.ENDED;
            case "deleted" -> AccountState.DELETED;
            case "none" -> null;
            default -> throw Nodes.error(where, "must be enabled, disabled, ended, deleted or none, not '" + v + "'");
        };
    }

    List<String> differences(DesiredState desired) {
        List<String> out = new ArrayList<>();
        byTarget.forEach((target, expected) -> {
            for (Person p : persons) {
                Expected want = expected.getOrDefault(p.id(), new Expected(null, null, null));
                compare(target + "/" + p.id(), want, desired.in(target).get(p.id()), out);
            }
        });
        return out;
    }

    private static void compare(String who, Expected want, DesiredAccount got, List<String> out) {
        if (want.state() == null || got == null) {
            if (want.state() != null || got != null) {
                out.add(who + ": expected " + word(want.state()) + ", got " + word(got == null ? null : got.state())
                        + (got == null ? "" : " (" + got.reason() + ")"));
            }
            return;
        }
        if (want.state() != got.state()) {
            out.add(who + ": state is " + word(got.state()) + ", expected " + word(want.state()) + " (" + got.reason() + ")");
        }
        if (want.permissions() != null) {
            Set<String> missing = new TreeSet<>(want.permissions());
            missing.removeAll(got.permissions().keySet());
            Set<String> extra = new TreeSet<>(got.permissions().keySet());
            extra.removeAll(want.permissions());
            if (!missing.isEmpty()) {
                out.add(who + ": missing permissions " + missing + "; has " + got.permissions().keySet());
            }
            if (!extra.isEmpty()) {
                out.add(who + ": unexpected permissions " + extra + "; expected " + want.permissions());
            }
        }
        if (want.attributes() != null) {
            want.attributes().forEach((name, value) -> {
                String actual = got.attributes().get(name);
                if (!value.equals(actual)) {
                    out.add(who + ": attribute " + name + " is " + (actual == null ? "absent" : "'" + actual + "'")
                            + ", expected '" + value + "'");
                }
            });
        }
    }

    private static String word(AccountState s) {
        return s == null ? "no account" : s.name().toLowerCase(Locale.ROOT);
    }
}
