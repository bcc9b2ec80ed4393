package dev.roster.vault;

import static dev.roster.vault.ChangeKind.CONTRACT_ADDED;
import static dev.roster.vault.ChangeKind.CONTRACT_ENDED;
import static dev.roster.vault.ChangeKind.CUSTOM_FIELD;
import static dev.roster.vault.ChangeKind.MOVER;
import static dev.roster.vault.ChangeKind.NAME_CHANGE;
import static dev.roster.vault.ChangeKind.OTHER;

import dev.roster.model.Contract;
import dev.roster.model.Person;
import dev.roster.model.PersonName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Compares two versions of one person field by field and classifies each difference. */
final class PersonComparer {
    private PersonComparer() {
    }

    /**
     * The change from {@code before} to {@code after}, either of which may be null (a joiner or
     * a leaver, not both); empty when nothing differs.
     */
    static Optional<PersonChange> compare(Person before, Person after) {
        if (before == null && after == null) {
            throw new IllegalArgumentException("nothing to compare");
        }
        if (before == null) {
            return Optional.of(new PersonChange(after.id(), after.name().displayName(), List.of(
                    new FieldChange(ChangeKind.JOINER, "person", "", summary(after)))));
        }
        if (after == null) {
            return Optional.of(new PersonChange(before.id(), before.name().displayName(), List.of(
                    new FieldChange(ChangeKind.LEAVER, "person", summary(before), ""))));
        }
        if (before.equals(after)) {
            return Optional.empty();
        }
        List<FieldChange> out = new ArrayList<>();
        name(out, before.name(), after.name());
        add(out, OTHER, "email", before.email(), after.email());
        add(out, OTHER, "birthDate", text(before.birthDate()), text(after.birthDate()));
        add(out, OTHER, "gender", before.gender(), after.gender());
        fields(out, "fields", before.fields(), after.fields());
        contracts(out, before, after);
        return out.isEmpty() ? Optional.empty()
                : Optional.of(new PersonChange(after.id(), after.name().displayName(), out));
    }

    private static void name(List<FieldChange> out, PersonName b, PersonName a) {
        add(out, NAME_CHANGE, "name.given", b.given(), a.given());
        add(out, NAME_CHANGE, "name.nickname", b.nickname(), a.nickname());
        add(out, NAME_CHANGE, "name.initials", b.initials(), a.initials());
        add(out, NAME_CHANGE, "name.birthNamePrefix", b.birthNamePrefix(), a.birthNamePrefix());
        add(out, NAME_CHANGE, "name.birthName", b.birthName(), a.birthName());
        add(out, NAME_CHANGE, "name.partnerNamePrefix", b.partnerNamePrefix(), a.partnerNamePrefix());
        add(out, NAME_CHANGE, "name.partnerName", b.partnerName(), a.partnerName());
        add(out, NAME_CHANGE, "name.convention", b.convention().name(), a.convention().name());
    }

    private static void contracts(List<FieldChange> out, Person before, Person after) {
        Map<String, Contract> b = byId(before);
        Map<String, Contract> a = byId(after);
        TreeSet<String> ids = new TreeSet<>(b.keySet());
        ids.addAll(a.keySet());
        for (String id : ids) {
            String path = "contracts[" + id + "]";
            Contract was = b.get(id);
            Contract is = a.get(id);
            if (was == null) {
                out.add(new FieldChange(CONTRACT_ADDED, path, "", summary(is)));
            } else if (is == null) {
                out.add(new FieldChange(CONTRACT_ENDED, path, summary(was), ""));
            } else {
                contract(out, path + ".", was, is);
            }
        }
    }

    private static void contract(List<FieldChange> out, String p, Contract b, Contract a) {
        add(out, OTHER, p + "start", text(b.start()), text(a.start()));
        boolean ended = a.end() != null && (b.end() == null || a.end().isBefore(b.end()));
        add(out, ended ? CONTRACT_ENDED : OTHER, p + "end", text(b.end()), text(a.end()));
        boolean moved = !b.departmentId().equals(a.departmentId());
        add(out, MOVER, p + "departmentId", b.departmentId(), a.departmentId());
        add(out, moved ? MOVER : OTHER, p + "departmentName", b.departmentName(), a.departmentName());
        add(out, MOVER, p + "title", b.title(), a.title());
        add(out, MOVER, p + "managerId", b.managerId(), a.managerId());
        add(out, OTHER, p + "costCenter", b.costCenter(), a.costCenter());
        add(out, OTHER, p + "location", b.location(), a.location());
        add(out, OTHER, p + "employer", b.employer(), a.employer());
        add(out, OTHER, p + "hours", hours(b.hours()), hours(a.hours()));
        fields(out, p + "fields", b.fields(), a.fields());
    }

    private static void fields(List<FieldChange> out, String path, Map<String, String> b,
            Map<String, String> a) {
        TreeSet<String> keys = new TreeSet<>(b.keySet());
        keys.addAll(a.keySet());
        for (String key : keys) {
            add(out, CUSTOM_FIELD, path + "[" + key + "]", b.getOrDefault(key, ""),
                    a.getOrDefault(key, ""));
        }
    }

    private static void add(List<FieldChange> out, ChangeKind kind, String path, String before,
            String after) {
        if (!before.equals(after)) {
            out.add(new FieldChange(kind, path, before, after));
        }
    }

    private static Map<String, Contract> byId(Person p) {
        Map<String, Contract> contracts = new TreeMap<>();
        p.contracts().forEach(c -> contracts.put(c.id(), c));
        return contracts;
    }

    /** "Jan de Vries, 2 contracts". */
    private static String summary(Person p) {
        int n = p.contracts().size();
        return p.name().displayName() + ", " + n + " contract" + (n == 1 ? "" : "s");
    }

    /** "2024-01-01..open, OE-2 IT, Engineer". */
    private static String summary(Contract c) {
        String end = c.end() == null ? "open" : c.end().toString();
        return c.start() + ".." + end + ", " + (c.departmentId() + " " + c.departmentName()).strip()
                + (c.title().isEmpty() ? "" : ", " + c.title());
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Hours compared by value: 36 and 36.00 are the same. */
    private static String hours(BigDecimal hours) {
        return hours == null ? "" : hours.stripTrailingZeros().toPlainString();
    }
}
