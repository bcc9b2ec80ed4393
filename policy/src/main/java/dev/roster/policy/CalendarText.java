package dev.roster.policy;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Renders lifecycle events for people, grouped by day. */
public final class CalendarText {

    private CalendarText() {
    }

    /**
     * One heading per day that has events ("2026-03-01 Sunday"), then one line per event:
     * target, verb, person and the rule, contract and reason. "No lifecycle events" when empty.
     *
     * @param events as {@link Policy#calendar} returns them: sorted by date
     */
    public static String render(List<LifecycleEvent> events) {
        if (events.isEmpty()) {
            return "No lifecycle events.\n";
        }
        StringBuilder b = new StringBuilder();
        LocalDate day = null;
        for (LifecycleEvent e : events) {
            if (!e.date().equals(day)) {
                day = e.date();
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(day).append(' ')
                        .append(day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append('\n');
            }
            b.append("  ").append(e.target()).append("  ").append(String.format("%-7s", e.kind().verb()))
                    .append("  ").append(e.personId());
            if (!e.personName().isEmpty()) {
                b.append(" (").append(e.personName()).append(')');
            }
            b.append("  rule ").append(e.rule());
            if (!e.contractId().isEmpty()) {
                b.append(", contract ").append(e.contractId());
            }
            b.append(": ").append(e.because()).append('\n');
        }
        return b.toString();
    }
}
