package dev.roster.vault;

import java.util.Objects;

/**
 * One changed value of a person: its path ("email", "name.birthName", "fields[badge]",
 * "contracts[100235-1-1].departmentId"), the values before and after as text (the empty string
 * for an absent value), and the kind of change it counts as.
 */
public record FieldChange(ChangeKind kind, String path, String before, String after) {
    public FieldChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** "contracts[100235-1-1].departmentId: OE-210 -> OE-300"; absent values read "(none)". */
    @Override
    public String toString() {
        return path + ": " + show(before) + " -> " + show(after);
    }

    private static String show(String value) {
        return value.isEmpty() ? "(none)" : value;
    }
}
