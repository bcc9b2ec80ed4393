package dev.roster.mapping;

import dev.roster.model.Contract;
import dev.roster.model.SourceContract;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maps the source contracts of a record by the contract part of a {@link MappingConfig}. */
final class ContractMapper {

    private final MappingConfig config;
    private final Values.Retention retention;

    ContractMapper(MappingConfig config, Values.Retention retention) {
        this.config = config;
        this.retention = retention;
    }

    /**
     * @param recordId the record's id, for blocked messages
     * @param record   the record's fields, as expressions read {@code record.<field>}
     * @param employer the person's employer, used when the contract maps none
     * @throws PersonMapper.BlockedException for a missing required field (the start always is),
     *         an invalid date or hours, or a failing expression
     */
    Contract map(String recordId, SourceFields record, SourceContract c, String employer) {
        String where = recordId + " contract " + c.id();
        SourceFields source = new SourceFields(c.fields());
        Map<String, String> v = new HashMap<>();
        config.contract().forEach((field, rule) ->
                v.put(field, Values.apply(where, "contract", field, rule, record, source)));
        Map<String, String> custom = new LinkedHashMap<>();
        config.customContract().forEach((field, rule) ->
                custom.put(field, Values.apply(where, "custom.contract", field, rule, record, source)));
        for (String required : config.required()) {
            if (required.startsWith("contract.")) {
                String field = required.substring("contract.".length());
                boolean isCustom = custom.containsKey(field);
                String value = isCustom ? custom.get(field) : v.get(field);
                if (value == null || value.isBlank()) {
                    FieldRule rule = isCustom ? config.customContract().get(field) : config.contract().get(field);
                    throw Values.blocked(where, Values.label(isCustom ? "custom.contract" : "contract",
                            field, rule), "required field " + field + " is empty");
                }
            }
        }
        String startLabel = Values.label("contract", "start", config.contract().get("start"));
        LocalDate start = Values.date(where, startLabel, get(v, "start"));
        if (start == null) {
            throw Values.blocked(where, startLabel, "the start date is required");
        }
        String endLabel = Values.label("contract", "end", config.contract().get("end"));
        LocalDate end = Values.date(where, endLabel, get(v, "end"));
        if (end != null && end.isBefore(start)) {
            throw Values.blocked(where, endLabel, "ends " + end + ", before it starts " + start);
        }
        Map<String, String> fields = Values.kept(c.fields(), retention);
        fields.putAll(custom);
        String ownEmployer = get(v, "employer");
        return new Contract(c.id(), start, end, get(v, "departmentId"), get(v, "departmentName"),
                get(v, "title"), get(v, "managerId"), get(v, "costCenter"), get(v, "location"),
                ownEmployer.isBlank() ? employer : ownEmployer,
                Values.hours(where, Values.label("contract", "hours", config.contract().get("hours")),
                        get(v, "hours")),
                fields);
    }

    private static String get(Map<String, String> values, String field) {
        return values.getOrDefault(field, "");
    }
}
