package dev.roster.policy;

import dev.roster.model.ConfigException;
import dev.roster.model.Contract;
import dev.roster.model.Person;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The leaf condition: the value at {@code path} (see {@link Values}) compared with {@code values}
 * by {@code operator}. With {@code includeSubDepartments} ({@code contract.departmentId} with
 * {@code equals} or {@code in} only) a department also matches when one of its ancestors does.
 * With {@code ignoreCase} text comparisons ignore case. Everything is compiled in the constructor.
 */
public final class Compare implements Condition {

    private final String path;
    private final Operator operator;
    private final List<String> values;
    private final boolean includeSubDepartments;
    private final boolean ignoreCase;
    private final Values.Accessor accessor;
    private final Set<String> set;
    private final Pattern pattern;
    private final BigDecimal number;
    private final boolean hours;

    /**
     * @param where the setting holding the condition, for messages
     * @throws ConfigException naming {@code where} for an unknown path, a wrong number of values,
     *     a bad regular expression or number, or sub-departments on another path or operator
     */
    public Compare(String where, String path, Operator operator, List<String> values,
            boolean includeSubDepartments, boolean ignoreCase) {
        this.path = path;
        this.operator = operator;
        this.values = List.copyOf(values);
        this.includeSubDepartments = includeSubDepartments;
        this.ignoreCase = ignoreCase;
        this.accessor = Values.accessor(path);
        if (accessor == null) {
            throw new ConfigException(where + ": unknown value '" + path + "'; known values are " + Values.describe());
        }
        boolean single = operator != Operator.IN && operator != Operator.STARTS_WITH;
        if (this.values.isEmpty() || (single && this.values.size() != 1)) {
            throw new ConfigException(where + ": " + operator.key() + " needs "
                    + (single ? "exactly one value" : "at least one value"));
        }
        if (includeSubDepartments && (!path.equals("contract.departmentId")
                || (operator != Operator.EQUALS && operator != Operator.IN))) {
            throw new ConfigException(where + ": includeSubDepartments applies only to contract.departmentId "
                    + "with equals or in");
        }
        if (includeSubDepartments && ignoreCase) {
            throw new ConfigException(where + ": includeSubDepartments and ignoreCase cannot be combined; "
                    + "department ids are compared exactly");
        }
        Set<String> s = new HashSet<>();
        this.values.forEach(v -> s.add(fold(v)));
        this.set = Set.copyOf(s);
        this.pattern = operator == Operator.MATCHES ? compile(where, this.values.get(0), ignoreCase) : null;
        this.number = operator == Operator.AT_LEAST || operator == Operator.AT_MOST ? number(where, this.values.get(0)) : null;
        if (operator == Operator.EXISTS && !set.contains("true") && !set.contains("false")) {
            throw new ConfigException(where + ": exists must be true or false, not '" + this.values.get(0) + "'");
        }
        this.hours = path.equals("contract.hours");
    }

    @Override
    public boolean test(Person person, Contract contract, DepartmentTree departments) {
        if (hours && number != null) {
            BigDecimal h = contract == null ? null : contract.hours();
            return h != null && compareNumber(h);
        }
        String v = accessor.get(person, contract);
        return switch (operator) {
            case EQUALS, IN -> includeSubDepartments ? !v.isEmpty() && departments.within(v, set) : set.contains(fold(v));
            case STARTS_WITH -> startsWith(v);
            case MATCHES -> pattern.matcher(v).matches();
            case EXISTS -> v.isEmpty() != set.contains("true");
            case AT_LEAST, AT_MOST -> numeric(v);
        };
    }

    @Override
    public String whyNot(Person person, Contract contract, DepartmentTree departments) {
        return test(person, contract, departments) ? null : actual(person, contract) + ", not " + phrase();
    }

    @Override
    public String describe() {
        return path + " " + phrase();
    }

    @Override
    public boolean namesContract() {
        return Values.isContractPath(path);
    }

    @Override
    public boolean needsDepartments() {
        return includeSubDepartments;
    }

    /** "contract.title is Arts" or "person.field.x is empty". */
    String actual(Person person, Contract contract) {
        String v = accessor.get(person, contract);
        return path + " is " + (v.isEmpty() ? "empty" : v);
    }

    /** "in [OE-210, OE-211] or a sub-department", "at least 16", "present". */
    String phrase() {
        String what = switch (operator) {
            case IN -> "in " + values;
            case STARTS_WITH -> "starting with " + (values.size() == 1 ? values.get(0) : "one of " + values);
            case MATCHES -> "matching /" + values.get(0) + "/";
            case EXISTS -> set.contains("true") ? "present" : "absent";
            default -> operator.phrase() + " " + values.get(0);
        };
        return what + (includeSubDepartments ? " or a sub-department" : "") + (ignoreCase ? " (ignoring case)" : "");
    }

    public String path() {
        return path;
    }

    public Operator operator() {
        return operator;
    }

    public List<String> values() {
        return values;
    }

    public boolean includeSubDepartments() {
        return includeSubDepartments;
    }

    public boolean ignoreCase() {
        return ignoreCase;
    }

    private boolean startsWith(String v) {
        String folded = fold(v);
        for (String prefix : set) {
            if (folded.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private boolean numeric(String v) {
        if (v.isEmpty()) {
            return false;
        }
        try {
            return compareNumber(new BigDecimal(v.strip().replace(',', '.')));
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private boolean compareNumber(BigDecimal v) {
        int c = v.compareTo(number);
        return operator == Operator.AT_LEAST ? c >= 0 : c <= 0;
    }

    private String fold(String v) {
        return ignoreCase ? v.toLowerCase(Locale.ROOT) : v;
    }

    private static Pattern compile(String where, String regex, boolean ignoreCase) {
        try {
            return Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        } catch (PatternSyntaxException e) {
            throw new ConfigException(where + ": '" + regex + "' is not a valid regular expression: "
                    + e.getDescription());
        }
    }

    private static BigDecimal number(String where, String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(where + ": '" + value + "' is not a number");
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
