package dev.roster.mapping;

import dev.roster.model.Contract;
import dev.roster.model.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Aggregates the mapped records of one natural person (Visma makes a new employee record for each
 * employment) into one {@link Person}. Pure and thread-safe.
 *
 * <p>Records with equal {@linkplain AggregationRules keys} form a group. Its <em>most recent</em>
 * record is the one whose latest contract starts last (a record without contracts counts as
 * oldest; on a tie, the later one in source order): it gives the person its id, name, e-mail,
 * birth date, gender and fields, plus the field {@code aggregation.records} (the record ids, most
 * recent first, comma-separated); the person has the contracts of all merged records. The id
 * thus follows the current employment, as the HR department and the targets see it.
 *
 * <p>Each other record of the group is compared with the most recent one: a different business
 * e-mail domain, or (when not part of the key) a different birth date or gender, is a
 * {@link Conflict}; the rules' policy then merges it anyway or keeps it a person of its own.
 */
public final class Aggregator {

    /** The field of a merged person listing its record ids, most recent first. */
    public static final String RECORDS_FIELD = "aggregation.records";

    private final AggregationRules rules;

    public Aggregator(AggregationRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Aggregates {@code persons} (as {@link PersonMapper} made them, ids unique). */
    public AggregationResult aggregate(List<Person> persons) {
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < persons.size(); i++) {
            String key = AggregationKey.of(persons.get(i), rules);
            if (key != null) {
                groups.computeIfAbsent(key, k -> new ArrayList<>(1)).add(i);
            }
        }
        Person[] out = persons.toArray(new Person[0]);
        List<Aggregated> merged = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            group.sort(Comparator.<Integer, LocalDate>comparing(i -> latestStart(persons.get(i)))
                    .thenComparing(i -> i).reversed());
            Person primary = persons.get(group.get(0));
            List<Person> members = new ArrayList<>(List.of(primary));
            for (int i : group.subList(1, group.size())) {
                Person other = persons.get(i);
                Conflict conflict = conflict(primary, other);
                if (conflict != null) {
                    conflicts.add(conflict);
                    if (rules.onConflict() == ConflictPolicy.KEEP_APART) {
                        continue;
                    }
                }
                members.add(other);
                out[i] = null;
            }
            if (members.size() > 1) {
                out[group.get(0)] = merge(members);
                merged.add(new Aggregated(primary.id(), members.stream().map(Person::id).toList()));
            }
        }
        List<Person> result = new ArrayList<>(persons.size());
        for (Person p : out) {
            if (p != null) {
                result.add(p);
            }
        }
        merged.sort(Comparator.comparing(Aggregated::personId));
        conflicts.sort(Comparator.comparing(Conflict::personId).thenComparing(Conflict::recordId));
        return new AggregationResult(result, merged, conflicts);
    }

    private static LocalDate latestStart(Person p) {
        return p.contracts().stream().map(Contract::start).max(Comparator.naturalOrder())
                .orElse(LocalDate.MIN);
    }

    private Conflict conflict(Person primary, Person other) {
        String a = domain(primary.email());
        String b = domain(other.email());
        if (!a.isEmpty() && !b.isEmpty() && !a.equals(b)) {
            return conflict(primary, other, "businessemailaddress (domain)", a, b);
        }
        if (!rules.keyFields().contains("dateofbirth") && primary.birthDate() != null
                && other.birthDate() != null && !primary.birthDate().equals(other.birthDate())) {
            return conflict(primary, other, "dateofbirth", primary.birthDate().toString(),
                    other.birthDate().toString());
        }
        if (!rules.keyFields().contains("gender") && !primary.gender().isEmpty()
                && !other.gender().isEmpty() && !primary.gender().equalsIgnoreCase(other.gender())) {
            return conflict(primary, other, "gender", primary.gender(), other.gender());
        }
        return null;
    }

    private Conflict conflict(Person primary, Person other, String field, String a, String b) {
        return new Conflict(primary.id(), other.id(), field, a, b, rules.onConflict());
    }

    private static String domain(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static Person merge(List<Person> members) {
        Person primary = members.get(0);
        Map<String, String> fields = new LinkedHashMap<>(primary.fields());
        fields.put(RECORDS_FIELD, String.join(",", members.stream().map(Person::id).toList()));
        List<Contract> contracts = new ArrayList<>();
        members.forEach(m -> contracts.addAll(m.contracts()));
        return new Person(primary.id(), primary.name(), primary.email(), primary.birthDate(),
                primary.gender(), fields, contracts);
    }
}
