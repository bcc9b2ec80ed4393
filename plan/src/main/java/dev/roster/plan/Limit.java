package dev.roster.plan;

import dev.roster.model.ConfigException;

/**
 * A limit on how many actions of one kind a run may apply without a human: absolute ("50") or a
 * percentage of the accounts Roster manages in the target ("5%").
 */
public record Limit(double value, boolean percent) {

    public Limit {
        if (value < 0 || Double.isNaN(value)) {
            throw new IllegalArgumentException("a limit cannot be negative");
        }
    }

    /**
     * @param where the setting, for messages
     * @throws ConfigException naming the setting when the text is neither a count nor a percentage
     */
    public static Limit parse(String where, String text) {
        String t = text.strip();
        boolean percent = t.endsWith("%");
        String number = percent ? t.substring(0, t.length() - 1).strip() : t;
        try {
            double v = Double.parseDouble(number);
            if (v < 0 || (!percent && v != Math.rint(v))) {
                throw new NumberFormatException();
            }
            return new Limit(v, percent);
        } catch (NumberFormatException e) {
            throw new ConfigException(where + ": '" + text + "' is not a limit; write a whole number (50) or a percentage (5%)");
        }
    }

    /** The largest allowed count when the target has {@code managed} accounts. */
    public long allowed(long managed) {
        return percent ? (long) Math.floor(managed * value / 100.0) : (long) value;
    }

    @Override
    public String toString() {
        return percent ? (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + "%"
                : String.valueOf((long) value);
    }
}
