package dev.roster.mapping;

import dev.roster.model.Contract;
import dev.roster.model.NamingConvention;
import dev.roster.model.Person;
import dev.roster.model.PersonName;
import dev.roster.model.SourceContract;
import dev.roster.model.SourceRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Maps source records to persons by a {@link FieldMap}. Pure and thread-safe.
 *
 * <p>A record with a missing required field (the family name, a contract's start date) or a value
 * that does not parse is blocked with the field and the reason; it never stops the others.
 */
public final class PersonMapper {

    private final FieldMap fields;

    public PersonMapper(FieldMap fields) {
        this.fields = Objects.requireNonNull(fields, "fields");
    }

    /** Maps every record; persons keep the source order. */
    public MappingResult map(List<SourceRecord> records) {
        List<Person> persons = new ArrayList<>(records.size());
        List<Blocked> blocked = new ArrayList<>();
        for (SourceRecord record : records) {
            try {
                persons.add(map(record));
            } catch (BlockedException e) {
                blocked.add(e.blocked);
            }
        }
        return new MappingResult(persons, blocked);
    }

    /**
     * Maps one record.
     *
     * @throws BlockedException when a required field is missing or a value is invalid
     */
    public Person map(SourceRecord record) {
        Map<String, String> p = fields.person();
        PersonName name = new PersonName(
                record.field(p.get("given")),
                record.field(p.get("nickname")),
                record.field(p.get("initials")),
                record.field(p.get("birthNamePrefix")),
                record.field(p.get("birthName")),
                record.field(p.get("partnerNamePrefix")),
                record.field(p.get("partnerName")),
                convention(record.field(p.get("convention"))));
        if (name.birthName().isEmpty()) {
            throw blocked(record.id(), p.get("birthName"), "the family name is required");
        }
        String employer = record.field(p.get("employer"));
        List<Contract> contracts = new ArrayList<>();
        for (SourceContract c : record.contracts()) {
            contracts.add(contract(record.id(), c, employer));
        }
        return new Person(record.id(), name, record.field(p.get("email")),
                date(record.id(), p.get("birthDate"), record.field(p.get("birthDate"))),
                record.field(p.get("gender")), record.fields(), contracts);
    }

    private Contract contract(String recordId, SourceContract c, String employer) {
        Map<String, String> f = fields.contract();
        String where = recordId + " contract " + c.id();
        LocalDate start = date(where, f.get("start"), c.field(f.get("start")));
        if (start == null) {
            throw blocked(where, f.get("start"), "the start date is required");
        }
        LocalDate end = date(where, f.get("end"), c.field(f.get("end")));
        if (end != null && end.isBefore(start)) {
            throw blocked(where, f.get("end"), "ends " + end + ", before it starts " + start);
        }
        return new Contract(c.id(), start, end,
                c.field(f.get("departmentId")),
                c.field(f.get("departmentName")),
                c.field(f.get("title")),
                c.field(f.get("managerId")),
                c.field(f.get("costCenter")),
                c.field(f.get("location")),
                employer,
                hours(where, f.get("hours"), c.field(f.get("hours"))),
                c.fields());
    }

    /** The convention of a Visma {@code nameusage} label or a plain B / P / BP / PB code. */
    static NamingConvention convention(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        return switch (l) {
            case "partner", "p" -> NamingConvention.P;
            case "eig./part.", "bp" -> NamingConvention.BP;
            case "part./eig.", "pb" -> NamingConvention.PB;
            default -> NamingConvention.B;
        };
    }

    private static LocalDate date(String where, String field, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw blocked(where, field, "'" + value + "' is not a date (yyyy-MM-dd)");
        }
    }

    private static BigDecimal hours(String where, String field, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw blocked(where, field, "'" + value + "' is not a number");
        }
    }

    private static BlockedException blocked(String record, String field, String reason) {
        return new BlockedException(new Blocked(record, field, reason));
    }

    /** Thrown by {@link #map(SourceRecord)} for a record that cannot become a person. */
    public static final class BlockedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Blocked blocked;

        BlockedException(Blocked blocked) {
            super(blocked.toString(), null, false, false);
            this.blocked = blocked;
        }

        public Blocked blocked() {
            return blocked;
        }
    }
}
