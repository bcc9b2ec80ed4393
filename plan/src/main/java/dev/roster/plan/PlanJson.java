package dev.roster.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.roster.model.Plan;
import dev.roster.model.RosterException;

/**
 * Plans as JSON: the same plan gives the same bytes (attributes and changes are sorted maps,
 * actions keep plan order), and a written plan reads back equal.
 */
public final class PlanJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private PlanJson() {
    }

    public static String write(Plan plan) {
        try {
            return MAPPER.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new RosterException("cannot write the plan as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** @throws RosterException naming the problem when the text is not a plan */
    public static Plan read(String json) {
        try {
            return MAPPER.readValue(json, Plan.class);
        } catch (JsonProcessingException e) {
            throw new RosterException("not a Roster plan: " + e.getOriginalMessage(), e);
        }
    }
}
