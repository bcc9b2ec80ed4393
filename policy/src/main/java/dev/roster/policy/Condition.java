package dev.roster.policy;

import dev.roster.model.Contract;
import dev.roster.model.Person;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A test on a person and one of their contracts: {@link All} (AND), {@link Any} (OR), {@link Not}
 * and the leaf {@link Compare}. Conditions are compiled when built (regular expressions, value
 * paths, numbers), immutable and thread-safe. The contract passed to a test may be null; contract
 * values are then empty.
 */
public sealed interface Condition permits Condition.All, Condition.Any, Condition.Not, Compare {

    /** The condition that always holds: an empty {@link All}. */
    Condition ALWAYS = new All(List.of());

    /** True when the condition holds for {@code person} with {@code contract} (may be null). */
    boolean test(Person person, Contract contract, DepartmentTree departments);

    /** Why the condition does not hold, e.g. "contract.title is Arts, not starting with Verpleeg"; null when it holds. */
    String whyNot(Person person, Contract contract, DepartmentTree departments);

    /** The condition as people read it: "contract.hours at least 16 and not person.field.x equal to y". */
    String describe();

    /** True when any leaf names a contract value, so the outcome can differ per contract. */
    boolean namesContract();

    /** True when any leaf needs the department tree. */
    boolean needsDepartments();

    /** Holds when every one of {@code conditions} holds; an empty list always holds. */
    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean test(Person person, Contract contract, DepartmentTree departments) {
            for (int i = 0; i < conditions.size(); i++) {
                if (!conditions.get(i).test(person, contract, departments)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String whyNot(Person person, Contract contract, DepartmentTree departments) {
            for (Condition c : conditions) {
                String why = c.whyNot(person, contract, departments);
                if (why != null) {
                    return why;
                }
            }
            return null;
        }

        @Override
        public String describe() {
            return conditions.isEmpty() ? "always" : join(conditions, " and ");
        }

        @Override
        public boolean namesContract() {
            return conditions.stream().anyMatch(Condition::namesContract);
        }

        @Override
        public boolean needsDepartments() {
            return conditions.stream().anyMatch(Condition::needsDepartments);
        }
    }

    /** Holds when at least one of {@code conditions} holds; an empty list never holds. */
    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean test(Person person, Contract contract, DepartmentTree departments) {
            for (int i = 0; i < conditions.size(); i++) {
                if (conditions.get(i).test(person, contract, departments)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String whyNot(Person person, Contract contract, DepartmentTree departments) {
            if (test(person, contract, departments)) {
                return null;
            }
            return "none of: " + conditions.stream().map(c -> c.whyNot(person, contract, departments))
                    .collect(Collectors.joining("; "));
        }

        @Override
        public String describe() {
            return conditions.isEmpty() ? "never" : join(conditions, " or ");
        }

        @Override
        public boolean namesContract() {
            return conditions.stream().anyMatch(Condition::namesContract);
        }

        @Override
        public boolean needsDepartments() {
            return conditions.stream().anyMatch(Condition::needsDepartments);
        }
    }

    /** Holds when {@code condition} does not. */
    record Not(Condition condition) implements Condition {
        public Not {
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public boolean test(Person person, Contract contract, DepartmentTree departments) {
            return !condition.test(person, contract, departments);
        }

        @Override
        public String whyNot(Person person, Contract contract, DepartmentTree departments) {
            if (!condition.test(person, contract, departments)) {
                return null;
            }
            if (condition instanceof Compare c) {
                return c.actual(person, contract) + ", which must not be " + c.phrase();
            }
            return "it holds that " + condition.describe() + ", which must not be";
        }

        @Override
        public String describe() {
            return "not " + (condition instanceof Compare ? condition.describe() : "(" + condition.describe() + ")");
        }

        @Override
        public boolean namesContract() {
            return condition.namesContract();
        }

        @Override
        public boolean needsDepartments() {
            return condition.needsDepartments();
        }
    }

    private static String join(List<Condition> conditions, String separator) {
        return conditions.stream()
                .map(c -> c instanceof Compare || c instanceof Not ? c.describe() : "(" + c.describe() + ")")
                .collect(Collectors.joining(separator));
    }
}
