package dev.roster.mapping;

import dev.roster.model.Contract;
import dev.roster.model.Person;
import dev.roster.model.PersonName;
import dev.roster.model.SourceContract;
import dev.roster.model.SourceRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text of {@code roster mapping preview}: a source record on the left and what the mapping made
 * of it on the right (name parts, derived names, fields, each contract), or why it was blocked.
 * Given the configuration, each mapped value says which rule gave it. Pure.
 */
public final class MappingPreview {

    /** The widest the left column gets; longer lines are cut with "...". */
    static final int MAX_LEFT = 60;

    private MappingPreview() {
    }

    /** The record beside its mapping result, without rule annotations. */
    public static String render(SourceRecord record, MappingResult result) {
        return render(record, result, null);
    }

    /** The record beside {@code person}, the person mapped from it, without rule annotations. */
    public static String render(SourceRecord record, Person person) {
        return render(record, new MappingResult(List.of(person), List.of()), null);
    }

    /**
     * The record beside its mapping result: the mapped person, or the reasons it was blocked.
     *
     * @param result what {@link PersonMapper#map(List)} gave for {@code List.of(record)}
     * @param config the configuration that mapped it, to show each value's rule; may be null
     */
    public static String render(SourceRecord record, MappingResult result, MappingConfig config) {
        List<String> right = new ArrayList<>();
        if (!result.persons().isEmpty()) {
            right.addAll(new Right(config).person(result.persons().get(0)));
        }
        if (!result.blocked().isEmpty()) {
            right.add("BLOCKED: left out of the snapshot");
            result.blocked().forEach(b -> right.add("  " + b));
        }
        return sideBySide(source(record), right);
    }

    private static List<String> source(SourceRecord record) {
        List<String> lines = new ArrayList<>();
        lines.add("source record " + record.id());
        new TreeMap<>(record.fields()).forEach((k, v) -> lines.add(line(k, v, null)));
        for (SourceContract c : record.contracts()) {
            lines.add("source contract " + c.id());
            new TreeMap<>(c.fields()).forEach((k, v) -> lines.add(line(k, v, null)));
        }
        return lines;
    }

    /** The right column; {@code config} may be null. */
    private record Right(MappingConfig config) {

        List<String> person(Person p) {
            List<String> lines = new ArrayList<>();
            lines.add("person " + p.id());
            PersonName n = p.name();
            lines.add(mapped("given", n.given()));
            lines.add(mapped("nickname", n.nickname()));
            lines.add(mapped("initials", n.initials()));
            lines.add(mapped("birthNamePrefix", n.birthNamePrefix()));
            lines.add(mapped("birthName", n.birthName()));
            lines.add(mapped("partnerNamePrefix", n.partnerNamePrefix()));
            lines.add(mapped("partnerName", n.partnerName()));
            lines.add(mapped("convention", n.convention().name()));
            lines.add(line("callName", n.callName(), "derived"));
            lines.add(line("familyName", n.familyName(), "derived, convention " + n.convention()));
            lines.add(mapped("email", p.email()));
            lines.add(mapped("birthDate", p.birthDate() == null ? "" : p.birthDate().toString()));
            lines.add(mapped("gender", p.gender()));
            lines.add("person fields");
            new TreeMap<>(p.fields()).forEach((k, v) -> lines.add(line(k, v, fieldNote(k))));
            for (Contract c : p.contracts()) {
                contract(lines, c);
            }
            return lines;
        }

        private void contract(List<String> lines, Contract c) {
            lines.add("contract " + c.id());
            lines.add(contractLine("start", c.start().toString()));
            lines.add(contractLine("end", c.end() == null ? "" : c.end().toString()));
            lines.add(contractLine("departmentId", c.departmentId()));
            lines.add(contractLine("departmentName", c.departmentName()));
            lines.add(contractLine("title", c.title()));
            lines.add(contractLine("managerId", c.managerId()));
            lines.add(contractLine("costCenter", c.costCenter()));
            lines.add(contractLine("location", c.location()));
            FieldRule employer = config == null ? null : config.contract().get("employer");
            lines.add(employer != null ? contractLine("employer", c.employer()) : mapped("employer", c.employer()));
            lines.add(contractLine("hours", c.hours() == null ? "" : c.hours().stripTrailingZeros().toPlainString()));
            lines.add("contract fields");
            new TreeMap<>(c.fields()).forEach((k, v) -> lines.add(line(k, v,
                    config != null && config.customContract().containsKey(k)
                            ? "custom, " + config.customContract().get(k).describe() : null)));
        }

        private String mapped(String field, String value) {
            return line(field, value, note(config == null ? null : config.person(), field));
        }

        private String contractLine(String field, String value) {
            return line(field, value, note(config == null ? null : config.contract(), field));
        }

        private String fieldNote(String field) {
            if (config == null) {
                return null;
            }
            if (config.customPerson().containsKey(field)) {
                return "custom, " + config.customPerson().get(field).describe();
            }
            if (field.equals(PersonMapper.DISPLAY_NAME)) {
                return "format " + config.displayName();
            }
            return field.equals(PersonMapper.SORT_NAME) ? "format " + config.sortName() : null;
        }

        private static String note(Map<String, FieldRule> rules, String field) {
            if (rules == null) {
                return null;
            }
            FieldRule rule = rules.get(field);
            return rule == null ? "not mapped" : rule.describe();
        }
    }

    private static String line(String name, String value, String note) {
        String text = String.format("  %-20s %s", name, value.isEmpty() ? "-" : value);
        return note == null ? text : text + "   [" + note + "]";
    }

    private static String sideBySide(List<String> left, List<String> right) {
        int width = 0;
        for (String l : left) {
            width = Math.max(width, Math.min(l.length(), MAX_LEFT));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String l = i < left.size() ? cut(left.get(i)) : "";
            String r = i < right.size() ? right.get(i) : "";
            out.append(String.format("%-" + width + "s | %s", l, r).stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String cut(String s) {
        return s.length() <= MAX_LEFT ? s : s.substring(0, MAX_LEFT - 3) + "...";
    }
}
