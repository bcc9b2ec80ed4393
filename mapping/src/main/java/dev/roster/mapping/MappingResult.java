package dev.roster.mapping;

import dev.roster.model.Person;
import java.util.List;

/** The persons a mapping produced, and the records it had to block. */
public record MappingResult(List<Person> persons, List<Blocked> blocked) {
    public MappingResult {
        persons = List.copyOf(persons);
        blocked = List.copyOf(blocked);
    }
}
