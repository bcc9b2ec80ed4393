package dev.roster.mapping;

import java.util.Objects;
import java.util.Set;

/**
 * How one person, contract or custom field gets its value: {@link Direct} from a source field,
 * {@link Fixed} as a constant, or {@link Expression} computed by a sandboxed JEXL expression.
 * Immutable and thread-safe.
 */
public sealed interface FieldRule permits FieldRule.Direct, FieldRule.Fixed, FieldRule.Expression {

    /**
     * The value for one record. {@code contract} is null for person fields; a direct rule reads the
     * contract's source fields when there is one, else the record's.
     *
     * @throws ExpressionFailure when an expression fails for this record
     */
    String value(SourceFields record, SourceFields contract);

    /** Adds the source field names this rule reads to {@code names}. */
    void addSources(Set<String> names);

    /** How the configuration wrote it: {@code direct: firstname}, {@code fixed: 'NL'}, ... */
    String describe();

    /** The value of the source field {@code source}, as it came. */
    record Direct(String source) implements FieldRule {
        public Direct {
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String value(SourceFields record, SourceFields contract) {
            return (contract != null ? contract : record).get(source);
        }

        @Override
        public void addSources(Set<String> names) {
            names.add(source);
        }

        @Override
        public String describe() {
            return "direct: " + source;
        }
    }

    /** Always {@code value}. */
    record Fixed(String value) implements FieldRule {
        public Fixed {
            value = value == null ? "" : value;
        }

        @Override
        public String value(SourceFields record, SourceFields contract) {
            return value;
        }

        @Override
        public void addSources(Set<String> names) {
        }

        @Override
        public String describe() {
            return "fixed: '" + value + "'";
        }
    }

    /**
     * A JEXL expression over {@code record.<field>} (and {@code contract.<field>} for contract
     * fields) and the {@link ExpressionFunctions} as {@code fn:name(...)}. Made only by
     * {@link MappingConfig#parse}, which checks it at load.
     */
    final class Expression implements FieldRule {
        private final String text;
        private final Expressions.Compiled compiled;

        Expression(String text, Expressions.Compiled compiled) {
            this.text = text;
            this.compiled = compiled;
        }

        /** The expression as written. */
        public String text() {
            return text;
        }

        @Override
        public String value(SourceFields record, SourceFields contract) {
            return compiled.evaluate(record, contract);
        }

        @Override
        public void addSources(Set<String> names) {
            names.addAll(compiled.fields());
        }

        @Override
        public String describe() {
            return "expression: " + text;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Expression e && e.text.equals(text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }

        @Override
        public String toString() {
            return describe();
        }
    }
}
