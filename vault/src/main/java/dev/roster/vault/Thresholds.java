package dev.roster.vault;

import dev.roster.model.ConfigException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Source thresholds: how many persons one import may add, remove or have blocked before its
 * snapshot is held for approval. Each limit is absolute ("50") or a percentage of the current
 * snapshot's person count ("10%"); an absent limit is no limit. A count is over a limit when it
 * is strictly greater. The first snapshot (no current one) is checked only when
 * {@code holdFirst}; percentages of an empty vault then allow nothing.
 */
public record Thresholds(Optional<Limit> added, Optional<Limit> removed, Optional<Limit> blocked,
        boolean holdFirst) {

    /** No limits: every snapshot is accepted. */
    public static final Thresholds NONE =
            new Thresholds(Optional.empty(), Optional.empty(), Optional.empty(), false);

    private static final Set<String> KEYS = Set.of("added", "removed", "blocked", "holdFirst");

    public Thresholds {
        Objects.requireNonNull(added, "added");
        Objects.requireNonNull(removed, "removed");
        Objects.requireNonNull(blocked, "blocked");
    }

    /** One limit: {@code value} persons, or {@code value} percent when {@code percent}. */
    public record Limit(BigDecimal value, boolean percent) {
        public Limit {
            Objects.requireNonNull(value, "value");
            if (value.signum() < 0) {
                throw new IllegalArgumentException("negative limit " + value);
            }
        }

        /** True when {@code count} persons out of a previous {@code base} are over this limit. */
        public boolean exceededBy(long count, long base) {
            BigDecimal c = BigDecimal.valueOf(count);
            return percent ? c.multiply(BigDecimal.valueOf(100))
                    .compareTo(value.multiply(BigDecimal.valueOf(base))) > 0 : c.compareTo(value) > 0;
        }

        @Override
        public String toString() {
            return value.toPlainString() + (percent ? "%" : "");
        }
    }

    /**
     * Reads the keys {@code added}, {@code removed}, {@code blocked} (each a whole number or a
     * percentage such as "10%" or "2.5%") and {@code holdFirst} (true or false) of a configuration
     * section; a null section is {@link #NONE}.
     *
     * @param where the section's place, for messages: "roster.yaml: source.thresholds"
     * @throws ConfigException naming {@code where.key} for an unknown key or a bad value
     */
    public static Thresholds parse(String where, Map<String, Object> section) {
        if (section == null) {
            return NONE;
        }
        for (String key : section.keySet()) {
            if (!KEYS.contains(key)) {
                throw new ConfigException(where + "." + key + " is not a threshold; use added,"
                        + " removed, blocked or holdFirst");
            }
        }
        Object first = section.get("holdFirst");
        if (first != null && !"true".equals(first.toString()) && !"false".equals(first.toString())) {
            throw new ConfigException(where + ".holdFirst must be true or false, not '" + first + "'");
        }
        return new Thresholds(limit(where, "added", section.get("added")),
                limit(where, "removed", section.get("removed")),
                limit(where, "blocked", section.get("blocked")),
                first != null && "true".equals(first.toString()));
    }

    private static Optional<Limit> limit(String where, String key, Object raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.toString().strip();
        boolean percent = text.endsWith("%");
        String number = percent ? text.substring(0, text.length() - 1).strip() : text;
        try {
            BigDecimal value = new BigDecimal(number);
            if (value.signum() < 0 || !percent && value.stripTrailingZeros().scale() > 0) {
                throw new NumberFormatException();
            }
            return Optional.of(new Limit(value, percent));
        } catch (NumberFormatException e) {
            throw new ConfigException(where + "." + key + " must be a whole number of persons or a"
                    + " percentage such as 50 or 10%, not '" + raw + "'");
        }
    }

    /**
     * The limits a snapshot passes, one message each, such as "removed 412 persons (41.2% of
     * 1000), over the limit of 10%"; empty when it passes none.
     *
     * @param base the current snapshot's person count, or -1 when there is no current snapshot
     */
    public List<String> breaches(long base, long addedCount, long removedCount, long blockedCount) {
        List<String> breaches = new ArrayList<>();
        if (base < 0 && !holdFirst) {
            return breaches;
        }
        check(breaches, "added", added, addedCount, base);
        check(breaches, "removed", removed, removedCount, base);
        check(breaches, "blocked", blocked, blockedCount, base);
        return breaches;
    }

    private static void check(List<String> out, String verb, Optional<Limit> limit, long count,
            long base) {
        long of = Math.max(base, 0);
        if (limit.isPresent() && limit.get().exceededBy(count, of)) {
            String share = of == 0 ? "no previous snapshot" : BigDecimal.valueOf(count * 100)
                    .divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP).toPlainString()
                    + "% of " + of;
            out.add(verb + " " + count + " person" + (count == 1 ? "" : "s") + " (" + share
                    + "), over the limit of " + limit.get());
        }
    }
}
