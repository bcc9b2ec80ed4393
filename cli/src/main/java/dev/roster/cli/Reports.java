package dev.roster.cli;

import dev.roster.apply.ApplyReport;
import dev.roster.apply.Outcome;
import dev.roster.engine.CycleReport;
import dev.roster.engine.ImportReport;
import dev.roster.engine.NotificationReport;
import dev.roster.plan.PlanText;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Renders reports for people (text) and for scripts (JSON). */
final class Reports {

    private static final int SHOWN = 20;

    private Reports() {
    }

    static String text(ImportReport r) {
        StringBuilder b = new StringBuilder();
        if (r.unchanged()) {
            return b.append("Import from ").append(r.source()).append(" in ").append(seconds(r.elapsed()))
                    .append(" s: the source delivered what snapshot ").append(r.revision())
                    .append(" was made from; nothing stored (").append(r.persons()).append(" persons, ")
                    .append(r.warnings().size()).append(" warnings as before)\n").toString();
        }
        b.append("Import from ").append(r.source()).append(" as snapshot ").append(r.revision())
                .append(" in ").append(seconds(r.elapsed())).append(" s").append(r.held() ? ": HELD" : "").append('\n');
        if (r.held()) {
            r.breaches().forEach(x -> b.append("  held: ").append(x).append('\n'));
            b.append("  Nothing is planned from this snapshot until it is approved. Review it with 'roster diff',\n"
                    + "  then: roster approve import ").append(r.revision()).append(" --reason \"...\"\n");
        }
        new TreeMap<>(r.counts()).forEach((export, n) -> b.append(String.format(Locale.ROOT, "  %-38s %8d%n", export, n)));
        b.append(String.format(Locale.ROOT, "  %-38s %8d%n", "source records (with a kept contract)", r.records()));
        if (r.counts().containsKey("employees")) {
            b.append(String.format(Locale.ROOT, "  %-38s %8d%n", "employee rows left out (no contract)",
                    Math.max(0, r.counts().get("employees") - r.records())));
        }
        b.append(String.format(Locale.ROOT, "  %-38s %8d%n", "persons stored", r.persons()));
        b.append(String.format(Locale.ROOT, "  %-38s %8d%n", "records blocked by the mapping", r.blocked().size()));
        b.append(String.format(Locale.ROOT, "  %-38s %8d%n", "persons aggregated from several records", r.aggregated().size()));
        b.append(String.format(Locale.ROOT, "  %-38s %8d%n", "aggregation conflicts", r.conflicts().size()));
        b.append(String.format(Locale.ROOT, "  %-38s %8d%n", "warnings", r.warnings().size()));
        r.blocked().stream().limit(SHOWN).forEach(x -> b.append("  blocked: ").append(x).append('\n'));
        r.conflicts().stream().limit(SHOWN).forEach(c -> b.append("  conflict: ").append(c).append('\n'));
        r.aggregated().stream().limit(SHOWN).forEach(a -> b.append("  aggregated: ").append(a).append('\n'));
        r.warnings().stream().limit(SHOWN).forEach(w -> b.append("  warning: ").append(w).append('\n'));
        if (r.warnings().size() > SHOWN || r.blocked().size() > SHOWN || r.aggregated().size() > SHOWN
                || r.conflicts().size() > SHOWN) {
            b.append("  (more in --json)\n");
        }
        return b.toString();
    }

    static String json(ImportReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", r.source());
        m.put("snapshot", r.revision());
        m.put("held", r.held());
        m.put("unchanged", r.unchanged());
        m.put("breaches", r.breaches());
        m.put("seconds", seconds(r.elapsed()));
        m.put("counts", new TreeMap<>(r.counts()));
        m.put("records", r.records());
        if (r.counts().containsKey("employees")) {
            m.put("leftOut", Math.max(0, r.counts().get("employees") - r.records()));
        }
        m.put("persons", r.persons());
        m.put("blocked", r.blocked());
        m.put("aggregated", r.aggregated());
        m.put("conflicts", r.conflicts());
        m.put("warnings", r.warnings());
        return Json.write(m);
    }

    static String text(ApplyReport r) {
        StringBuilder b = new StringBuilder();
        b.append("Applied in ").append(seconds(r.elapsed())).append(" s: ");
        b.append(r.applied().isEmpty() ? "nothing" : r.applied().toString().replaceAll("[{}]", "").replace("=", ": "));
        b.append('\n');
        if (!r.held().isEmpty()) {
            b.append("  ").append(r.held().size()).append(" actions HELD by target thresholds (run ").append(r.run()).append("):\n");
            r.breaches().forEach(x -> b.append("    ").append(x).append('\n'));
            r.held().stream().limit(SHOWN).forEach(a -> b.append("    held: ").append(a.summary()).append('\n'));
            b.append("  Review them, then: roster approve run ").append(r.run()).append(" --reason \"...\"\n");
        }
        if (r.count(Outcome.Status.CORRELATED) > 0) {
            b.append("  ").append(r.count(Outcome.Status.CORRELATED)).append(" existing accounts linked instead of created\n");
        }
        if (!r.allOk()) {
            b.append("  ").append(r.count(Outcome.Status.FAILED)).append(" failed, ")
                    .append(r.count(Outcome.Status.SKIPPED)).append(" skipped; they are planned again next cycle:\n");
            r.failures().stream().limit(SHOWN).forEach(o -> b.append("  ").append(o.status().name().toLowerCase(Locale.ROOT))
                    .append(": ").append(o.action().summary()).append(": ").append(o.message()).append('\n'));
        }
        return b.toString();
    }

    static String text(CycleReport r) {
        ImportReport i = r.imported();
        ApplyReport a = r.applied();
        StringBuilder b = new StringBuilder("\nCycle summary\n");
        if (i.held()) {
            b.append("  The import was HELD (").append(String.join("; ", i.breaches()))
                    .append("); this cycle planned from the previous snapshot.\n");
        }
        if (i.unchanged()) {
            b.append("  The source delivered what snapshot ").append(i.revision())
                    .append(" was made from; nothing new was stored.\n");
        }
        line(b, "persons imported", i.persons());
        line(b, "records blocked by the mapping", i.blocked().size());
        line(b, "persons from several records", i.aggregated().size());
        line(b, "source warnings", i.warnings().size());
        line(b, "actions planned", r.plan().actions().size());
        line(b, "accounts created", a.applied().getOrDefault("create", 0L));
        line(b, "group memberships granted", a.applied().getOrDefault("grant", 0L));
        line(b, "group memberships revoked", a.applied().getOrDefault("revoke", 0L));
        line(b, "accounts updated", a.applied().getOrDefault("update", 0L));
        line(b, "accounts disabled", a.applied().getOrDefault("disable", 0L));
        line(b, "actions failed or skipped", a.failures().size());
        if (r.notifications().configured()) {
            line(b, "notifications sent", r.notifications().sent());
            line(b, "notifications pending", r.notifications().pending());
            line(b, "notifications failed", r.notifications().failed());
        }
        b.append(String.format(Locale.ROOT, "  %-32s %8s s%n", "import", seconds(i.elapsed())));
        b.append(String.format(Locale.ROOT, "  %-32s %8s s%n", "plan", seconds(r.planning())));
        b.append(String.format(Locale.ROOT, "  %-32s %8s s%n", "apply", seconds(a.elapsed())));
        if (r.plan().isEmpty()) {
            b.append("  The plan was empty: every target already matches the rules.\n");
        } else {
            b.append("  Plan: ").append(PlanText.counts(r.plan())).append('\n');
        }
        if (!a.allOk() || !a.held().isEmpty()) {
            b.append(text(a));
        }
        r.notifications().problems().stream().limit(SHOWN).forEach(p -> b.append("  notification: ").append(p).append('\n'));
        return b.toString();
    }

    /** What a delivery of notifications did, for apply and notifications send. */
    static String text(NotificationReport n) {
        if (!n.configured()) {
            return "";
        }
        StringBuilder b = new StringBuilder("Notifications: ").append(n.sent()).append(" sent, ").append(n.pending())
                .append(" pending, ").append(n.failed()).append(" failed\n");
        n.problems().stream().limit(SHOWN).forEach(p -> b.append("  ").append(p).append('\n'));
        if (n.pending() > 0) {
            b.append("  Pending ones are tried again with the next cycle; see: roster notifications --status pending\n");
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String what, long n) {
        b.append(String.format(Locale.ROOT, "  %-32s %8d%n", what, n));
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f", d.toNanos() / 1e9);
    }
}
