package dev.roster.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Applying rules and reading mapped values for {@link PersonMapper}; failures become blocks. */
final class Values {

    private Values() {
    }

    /** The value of {@code rule} for one record; a failing expression blocks {@code where}. */
    static String apply(String where, String scope, String field, FieldRule rule, SourceFields record,
            SourceFields contract) {
        try {
            return rule.value(record, contract);
        } catch (ExpressionFailure e) {
            throw blocked(where, label(scope, field, rule), "the expression failed: " + e.getMessage());
        }
    }

    /** How a block names a field: the source field of a direct rule, else {@code scope.field}. */
    static String label(String scope, String field, FieldRule rule) {
        return rule instanceof FieldRule.Direct d ? d.source() : scope + "." + field;
    }

    /** The date in yyyy-MM-dd, or null when blank. */
    static LocalDate date(String where, String field, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw blocked(where, field, "'" + value + "' is not a date (yyyy-MM-dd)");
        }
    }

    /** The number, or null when blank. */
    static BigDecimal hours(String where, String field, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw blocked(where, field, "'" + value + "' is not a number");
        }
    }

    /** A mutable copy of the raw {@code fields} that {@code retention} keeps. */
    static Map<String, String> kept(Map<String, String> fields, Retention retention) {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (retention.keeps(name)) {
                out.put(name, value);
            }
        });
        return out;
    }

    /**
     * Which raw fields a configuration keeps, remembered per field name (sources repeat the same
     * few dozen names for every record). Thread-safe.
     */
    static final class Retention {
        private final KeepSourceFields keep;
        private final Set<String> used;
        private final Map<String, Boolean> decided = new ConcurrentHashMap<>();

        Retention(MappingConfig config) {
            this.keep = config.keepSourceFields();
            this.used = Set.copyOf(config.usedSourceFields());
        }

        boolean keeps(String name) {
            if (keep.all()) {
                return true;
            }
            Boolean kept = decided.get(name); // computeIfAbsent's lambda would be made anew per call
            if (kept == null) {
                kept = keep.keeps(name, used);
                decided.put(name, kept);
            }
            return kept;
        }
    }

    static PersonMapper.BlockedException blocked(String where, String field, String reason) {
        return new PersonMapper.BlockedException(new Blocked(where, field, reason));
    }
}
