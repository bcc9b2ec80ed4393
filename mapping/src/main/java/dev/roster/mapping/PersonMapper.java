package dev.roster.mapping;

import dev.roster.model.Contract;
import dev.roster.model.NamingConvention;
import dev.roster.model.Person;
import dev.roster.model.PersonName;
import dev.roster.model.SourceContract;
import dev.roster.model.SourceRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Maps source records to persons by a {@link MappingConfig}. Pure and thread-safe.
 *
 * <p>A record is blocked, with the field and the reason, when a required field is empty, a value
 * does not parse (a date, the hours) or an expression fails for it; it never stops the others.
 * The field of a {@link Blocked} is the source field for a direct mapping, else the configured
 * field ({@code person.given}, {@code contract.title}, {@code custom.person.costCode}).
 *
 * <p>{@code Person.fields} holds the kept raw source fields ({@link KeepSourceFields}), the
 * names {@value #DISPLAY_NAME} and {@value #SORT_NAME} in their configured formats, and the custom
 * person fields (which win over a raw field of the same name); {@code Contract.fields} likewise
 * holds the kept raw contract fields and the custom contract fields.
 */
public final class PersonMapper {

    /** The person field holding the display name in the configured format. */
    public static final String DISPLAY_NAME = "displayName";
    /** The person field holding the sort name in the configured format. */
    public static final String SORT_NAME = "sortName";

    private final MappingConfig config;
    private final Values.Retention retention;
    private final ContractMapper contracts;

    /** A mapper of the direct mappings {@code fields}, everything else at its default. */
    public PersonMapper(FieldMap fields) {
        this(MappingConfig.of(Objects.requireNonNull(fields, "fields")));
    }

    /** A mapper of {@code config}, as {@link MappingConfig#parse} read it. */
    public PersonMapper(MappingConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.retention = new Values.Retention(config);
        this.contracts = new ContractMapper(config, retention);
    }

    /** The configuration this mapper applies. */
    public MappingConfig config() {
        return config;
    }

    /** Maps every record, on every core; persons keep the source order. */
    public MappingResult map(List<SourceRecord> records) {
        return map(records, UnaryOperator.identity());
    }

    /**
     * As {@link #map(List)}, with each person passed through {@code then} as soon as it is mapped,
     * on the core that mapped it ({@code then} must be thread-safe).
     */
    public MappingResult map(List<SourceRecord> records, UnaryOperator<Person> then) {
        Object[] mapped = new Object[records.size()]; // a Person or a Blocked, in the records' order
        java.util.stream.IntStream.range(0, records.size()).parallel().forEach(i -> {
            try {
                mapped[i] = then.apply(map(records.get(i)));
            } catch (BlockedException e) {
                mapped[i] = e.blocked();
            }
        });
        List<Person> persons = new ArrayList<>(records.size());
        List<Blocked> blocked = new ArrayList<>();
        for (Object one : mapped) {
            if (one instanceof Person p) {
                persons.add(p);
            } else {
                blocked.add((Blocked) one);
            }
        }
        return new MappingResult(persons, blocked);
    }

    /**
     * Maps one record.
     *
     * @throws BlockedException when a required field is empty, a value is invalid or an
     *                          expression fails for this record
     */
    public Person map(SourceRecord record) {
        SourceFields source = new SourceFields(record.fields());
        Map<String, String> v = new HashMap<>();
        config.person().forEach((field, rule) ->
                v.put(field, Values.apply(record.id(), "person", field, rule, source, null)));
        Map<String, String> custom = new LinkedHashMap<>();
        config.customPerson().forEach((field, rule) ->
                custom.put(field, Values.apply(record.id(), "custom.person", field, rule, source, null)));
        for (String required : config.required()) {
            if (!required.startsWith("contract.")) {
                boolean isCustom = custom.containsKey(required);
                String value = isCustom ? custom.get(required) : v.get(required);
                if (value == null || value.isBlank()) {
                    FieldRule rule = isCustom ? config.customPerson().get(required) : config.person().get(required);
                    throw Values.blocked(record.id(), Values.label(isCustom ? "custom.person" : "person",
                            required, rule), "required field " + required + " is empty");
                }
            }
        }
        PersonName name = new PersonName(get(v, "given"), get(v, "nickname"), get(v, "initials"),
                get(v, "birthNamePrefix"), get(v, "birthName"), get(v, "partnerNamePrefix"),
                get(v, "partnerName"), convention(get(v, "convention")));
        List<Contract> mapped = new ArrayList<>(record.contracts().size());
        for (SourceContract c : record.contracts()) {
            mapped.add(contracts.map(record.id(), source, c, get(v, "employer")));
        }
        Map<String, String> fields = Values.kept(record.fields(), retention);
        fields.put(DISPLAY_NAME, config.displayName().apply(name));
        fields.put(SORT_NAME, config.sortName().apply(name));
        fields.putAll(custom);
        return new Person(record.id(), name, get(v, "email"),
                Values.date(record.id(), Values.label("person", "birthDate", config.person().get("birthDate")),
                        get(v, "birthDate")),
                get(v, "gender"), fields, mapped);
    }

    private static String get(Map<String, String> values, String field) {
        return values.getOrDefault(field, "");
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
