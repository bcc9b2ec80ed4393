package dev.roster.policy;

import dev.roster.model.Contract;
import dev.roster.model.Reason;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Builds a {@link DesiredAccount} from a target's entries and the account's state on the day. */
final class Accounts {

    private Accounts() {
    }

    static DesiredAccount build(TargetRules g, Subject s, List<Entry> entries, Windows.Status status) {
        Contract values = valuesContract(s, entries);
        String correlation = g.policy.correlation().render(s.person, values);
        Reason reason = new Reason(status.entry().rule().name(), status.because());
        SortedMap<String, String> attributes = new TreeMap<>();
        SortedMap<String, Reason> permissions = new TreeMap<>();
        if (status.state() != AccountState.DELETED) {
            for (Map.Entry<String, AttributeRule> a : g.policy.attributes().entrySet()) {
                String value = a.getValue().render(s.person, values);
                if (a.getValue().keepWhenEmpty() && (value == null || value.isBlank())) {
                    continue; // ifEmpty: keep; the target's value stays as it is
                }
                attributes.put(a.getKey(), value);
            }
            permissions(g.lifecycle, s, entries, permissions);
        }
        return new DesiredAccount(g.target, s.person.id(), correlation, status.state(), attributes,
                g.createOnly, permissions, reason);
    }

    /**
     * The permissions of every entry whose contract is within its enabled window; the first rule
     * (in rule order) to give a permission gives its reason.
     */
    private static void permissions(Lifecycle l, Subject s, List<Entry> entries, SortedMap<String, Reason> out) {
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Contract c = e.contract();
            if (!Windows.enabledWindow(l, c, s.epochDay)) {
                continue;
            }
            Rule rule = e.rule();
            Reason why = null;
            for (String p : rule.permissions()) {
                if (!out.containsKey(p)) {
                    why = why == null ? new Reason(rule.name(), s.describe(c)) : why;
                    out.put(p, why);
                }
            }
            for (Template t : rule.contractPermissions()) {
                String p = t.render(s.person, c);
                if (!p.isBlank() && !out.containsKey(p)) {
                    why = why == null ? new Reason(rule.name(), s.describe(c)) : why;
                    out.put(p, why);
                }
            }
        }
    }

    /**
     * The contract whose values the attributes take: the primary running contract, or else the
     * in-scope contract nearest in time (the later one on a tie); null without contracts.
     */
    static Contract valuesContract(Subject s, List<Entry> entries) {
        if (s.primary != null) {
            return s.primary;
        }
        Contract best = null;
        long bestDistance = Long.MAX_VALUE;
        for (Entry e : entries) {
            Contract c = e.contract();
            long start = Windows.start(c);
            long distance = start > s.epochDay ? start - s.epochDay : s.epochDay - Windows.end(c);
            if (distance < bestDistance || (distance == bestDistance && start > Windows.start(best))) {
                best = c;
                bestDistance = distance;
            }
        }
        return best;
    }
}
