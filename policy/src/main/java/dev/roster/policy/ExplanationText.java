package dev.roster.policy;

import dev.roster.model.Reason;
import java.util.List;
import java.util.Map;

/** Renders an {@link Explanation} for people, as {@code roster explain PERSON} prints it. */
public final class ExplanationText {

    private ExplanationText() {
    }

    /** Several lines ending in a newline: the person, their contracts, then one block per target. */
    public static String render(Explanation x) {
        StringBuilder b = new StringBuilder();
        b.append(x.name()).append(" (").append(x.personId()).append(") as of ").append(x.asOf()).append('\n');
        b.append("\nContracts:\n");
        if (x.contracts().isEmpty()) {
            b.append("  none\n");
        }
        for (Explanation.ContractView c : x.contracts()) {
            b.append("  ").append(c.id()).append("  ").append(c.start()).append(" .. ")
                    .append(c.end() == null ? "open" : c.end()).append("  ").append(c.departmentId());
            if (!c.departmentName().isEmpty()) {
                b.append(" ").append(c.departmentName());
            }
            if (!c.title().isEmpty()) {
                b.append(", ").append(c.title());
            }
            if (!c.hours().isEmpty()) {
                b.append(", ").append(c.hours()).append(" h");
            }
            b.append("  [").append(c.status()).append(c.primary() ? ", primary" : "").append("]\n");
        }
        for (Explanation.TargetExplanation t : x.targets()) {
            target(b, t);
        }
        return b.toString();
    }

    private static void target(StringBuilder b, Explanation.TargetExplanation t) {
        b.append("\nTarget ").append(t.target()).append(": ");
        DesiredAccount a = t.account();
        if (a == null) {
            b.append("no account\n");
        } else {
            b.append(a.state().name().toLowerCase(java.util.Locale.ROOT)).append(" (").append(a.reason()).append(")\n");
            if (!a.attributes().isEmpty()) {
                b.append("  attributes:\n");
                for (Map.Entry<String, String> e : a.attributes().entrySet()) {
                    b.append("    ").append(e.getKey()).append(" = ").append(e.getValue())
                            .append(a.createOnly().contains(e.getKey()) ? "  (on create)" : "")
                            .append(t.driftAttributes().contains(e.getKey()) ? "  (drift: a change by hand is corrected)" : "")
                            .append('\n');
                }
            }
            if (!a.permissions().isEmpty()) {
                b.append("  permissions:\n");
                for (Map.Entry<String, Reason> e : a.permissions().entrySet()) {
                    b.append("    ").append(e.getKey()).append("  (").append(e.getValue()).append(")\n");
                }
            }
        }
        if (!t.managedGroups().isEmpty()) {
            b.append("  fully managed groups (members are exactly those the rules give):\n");
            for (Explanation.ManagedGroup g : t.managedGroups()) {
                b.append("    ").append(g.group()).append(g.given() ? "  (given by the rules)"
                        : "  (not given: removed from it if a member)").append('\n');
            }
        }
        b.append("  lifecycle: ").append(t.lifecycle()).append('\n');
        b.append("  contracts in scope: ").append(list(t.contractsInScope())).append('\n');
        b.append("  rules:\n");
        for (Explanation.RuleOutcome r : t.rules()) {
            b.append("    ").append(r.matched() ? "[x] " : "[ ] ").append("rule ").append(r.rule())
                    .append(" (contracts: ").append(r.scope()).append("; when ").append(r.condition()).append(")");
            if (r.matched()) {
                b.append(": matched on ").append(list(r.contractsInScope()));
            }
            b.append('\n');
            for (String f : r.failures()) {
                b.append("        rule ").append(r.rule()).append(": ").append(f).append('\n');
            }
        }
        b.append("  next events:");
        if (t.nextEvents().isEmpty()) {
            b.append(" none\n");
        } else {
            b.append('\n');
            for (LifecycleEvent e : t.nextEvents()) {
                b.append("    ").append(e.date()).append("  ").append(e.kind().verb()).append("  rule ")
                        .append(e.rule()).append(": ").append(e.because()).append('\n');
            }
        }
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }
}
