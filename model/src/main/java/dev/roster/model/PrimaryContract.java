package dev.roster.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the primary contract of a person is chosen: an ordered list of criteria, each deciding only
 * between contracts the earlier ones found equal; the contract id (ascending) decides last, so the
 * choice is deterministic. Immutable and thread-safe.
 *
 * <p>Criteria, as written in the configuration:
 * <ul>
 *   <li>{@code active-first}: running on the day first, then those starting later, ended last</li>
 *   <li>{@code most-hours} / {@code fewest-hours}: by hours per week (no hours counts as fewest)</li>
 *   <li>{@code earliest-start} / {@code latest-start}: by start date</li>
 *   <li>{@code latest-end}: open-ended first, then by end date, latest first</li>
 *   <li>{@code field:NAME ascending} / {@code field:NAME descending}: by the value of
 *       {@code Contract.fields().get(NAME)}, as numbers when both are numbers, else as text
 *       ignoring case; an empty value comes last either way. {@code ascending} is the default.</li>
 * </ul>
 *
 * @param criteria the criteria as configured, in order; never null
 */
public record PrimaryContract(List<String> criteria) {

    /** Active first, most hours, earliest start. */
    public static final PrimaryContract DEFAULT =
            new PrimaryContract(List.of("active-first", "most-hours", "earliest-start"));

    /** @throws ConfigException when a criterion is unknown (the message does not name a file) */
    public PrimaryContract {
        criteria = List.copyOf(criteria);
        for (String c : criteria) {
            comparator(c, LocalDate.EPOCH);
        }
    }

    /**
     * The criteria of {@code criteria}, checked.
     *
     * @param where the configuration path of the list, e.g. {@code roster.yaml: mapping.primaryContract}
     * @throws ConfigException naming {@code where[index]} for an unknown or malformed criterion
     */
    public static PrimaryContract parse(String where, List<String> criteria) {
        List<String> checked = new ArrayList<>(criteria.size());
        for (int i = 0; i < criteria.size(); i++) {
            String c = criteria.get(i) == null ? "" : criteria.get(i).strip().replaceAll("\\s+", " ");
            try {
                comparator(c, LocalDate.EPOCH);
            } catch (ConfigException e) {
                throw new ConfigException(where + "[" + i + "]: " + e.getMessage());
            }
            checked.add(c);
        }
        return new PrimaryContract(checked);
    }

    /** The primary one of {@code contracts} as of {@code asOf}; empty only when there are none. */
    public Optional<Contract> choose(List<Contract> contracts, LocalDate asOf) {
        return contracts.stream().min(order(asOf));
    }

    /** The order of preference as of {@code asOf}: the primary contract sorts first. */
    public Comparator<Contract> order(LocalDate asOf) {
        Comparator<Contract> order = (a, b) -> 0;
        for (String c : criteria) {
            order = order.thenComparing(comparator(c, asOf));
        }
        return order.thenComparing(Contract::id);
    }

    private static Comparator<Contract> comparator(String criterion, LocalDate asOf) {
        Comparator<BigDecimal> hours = Comparator.nullsFirst(Comparator.naturalOrder());
        return switch (criterion) {
            case "active-first" -> Comparator.comparingInt(c -> c.activeOn(asOf) ? 0
                    : c.start().isAfter(asOf) ? 1 : 2);
            case "most-hours" -> Comparator.comparing(Contract::hours, hours.reversed());
            case "fewest-hours" -> Comparator.comparing(Contract::hours, hours);
            case "earliest-start" -> Comparator.comparing(Contract::start);
            case "latest-start" -> Comparator.comparing(Contract::start, Comparator.reverseOrder());
            case "latest-end" -> Comparator.comparing(Contract::end,
                    Comparator.nullsFirst(Comparator.<LocalDate>reverseOrder()));
            default -> fieldComparator(criterion);
        };
    }

    private static Comparator<Contract> fieldComparator(String criterion) {
        if (!criterion.startsWith("field:")) {
            throw new ConfigException("unknown criterion '" + criterion + "'; the criteria are "
                    + "active-first, most-hours, fewest-hours, earliest-start, latest-start, "
                    + "latest-end and field:NAME [ascending|descending]");
        }
        String[] parts = criterion.substring("field:".length()).strip().split(" ");
        String field = parts[0];
        String direction = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "ascending";
        if (field.isEmpty() || parts.length > 2
                || !(direction.equals("ascending") || direction.equals("descending"))) {
            throw new ConfigException("'" + criterion + "' must be field:NAME ascending or "
                    + "field:NAME descending");
        }
        Comparator<String> values = direction.equals("ascending")
                ? PrimaryContract::compareValues : (a, b) -> compareValues(b, a);
        Comparator<String> emptyLast = Comparator.comparing(String::isEmpty);
        return Comparator.comparing((Contract c) -> c.fields().getOrDefault(field, "").strip(),
                emptyLast.thenComparing(values));
    }

    private static int compareValues(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b));
        } catch (NumberFormatException notNumbers) {
            return String.CASE_INSENSITIVE_ORDER.compare(a, b);
        }
    }
}
