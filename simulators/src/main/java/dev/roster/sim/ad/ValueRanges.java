package dev.roster.sim.ad;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Active Directory's range retrieval of multi-valued attributes: a client asks for
 * {@code member;range=0-1499} and gets {@code member;range=0-1499} (more to come) or
 * {@code member;range=1500-*} (the last values). With a maximum set (AD's MaxValRange, 1500), an
 * attribute with more values than the maximum is never returned whole: a plain request gets
 * the first range. Pure; thread-safe.
 */
final class ValueRanges {
    private static final Pattern RANGE = Pattern.compile(
            "([A-Za-z][A-Za-z0-9-]*);range=(\\d+)-(\\d+|\\*)", Pattern.CASE_INSENSITIVE);

    private final int max;

    /** @param max the most values one answer holds; 0 for no limit */
    ValueRanges(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max " + max);
        }
        this.max = max;
    }

    /** A requested range: attribute name, first index, last index (-1 for "*"). */
    record Range(String attribute, int low, int high) {
    }

    /** @return the range asked for by {@code requested}, or empty for a plain attribute name */
    static Optional<Range> parse(String requested) {
        Matcher m = RANGE.matcher(requested.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int high = m.group(3).equals("*") ? -1 : Integer.parseInt(m.group(3));
        return Optional.of(new Range(m.group(1), Integer.parseInt(m.group(2)), high));
    }

    /**
     * Adds to {@code entry} the asked range of {@code all}'s values, named as AD names it; adds
     * nothing when the range starts past the last value.
     */
    void addRange(Entry entry, Attribute all, Range range) {
        String[] values = all.getValues();
        if (range.low() >= values.length) {
            return;
        }
        int last = range.high() < 0 ? values.length - 1 : Math.min(range.high(), values.length - 1);
        if (max > 0) {
            last = Math.min(last, range.low() + max - 1);
        }
        String end = last == values.length - 1 ? "*" : Integer.toString(last);
        entry.addAttribute(new Attribute(range.attribute() + ";range=" + range.low() + "-" + end,
                List.of(values).subList(range.low(), last + 1)));
    }

    /**
     * Replaces every attribute of {@code entry} that has more values than the maximum by its
     * first range, as AD does for a plain request.
     */
    void limit(Entry entry) {
        if (max == 0) {
            return;
        }
        for (Attribute attribute : List.copyOf(entry.getAttributes())) {
            if (attribute.size() > max && !attribute.getName().contains(";")) {
                entry.removeAttribute(attribute.getName());
                addRange(entry, attribute, new Range(attribute.getName(), 0, max - 1));
            }
        }
    }
}
