package dev.roster.vault;

import dev.roster.model.Department;
import dev.roster.model.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One import from the HR system, as handed to {@link Vault#storeSnapshot(Snapshot, Thresholds)}.
 *
 * <p>{@code source}, {@code importedAt} and {@code asOf} are required. Null lists and maps are
 * read as empty; their elements must not be null. Person ids must be unique within a snapshot.
 * {@code counts} are figures about the import (records read, ...) and {@code warnings} the
 * messages it produced; {@code blocked} describes each record the mapping left out (one line
 * per record, naming it, the field and the reason). All are kept with the snapshot; the number
 * of {@code blocked} lines is what the "blocked" source threshold counts.
 */
public record Snapshot(String source, Instant importedAt, LocalDate asOf, List<Person> persons,
        List<Department> departments, Map<String, Integer> counts, List<String> warnings,
        List<String> blocked) {

    public Snapshot {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(importedAt, "importedAt of snapshot from " + source);
        Objects.requireNonNull(asOf, "asOf of snapshot from " + source);
        persons = persons == null ? List.of() : List.copyOf(persons);
        departments = departments == null ? List.of() : List.copyOf(departments);
        counts = Collections.unmodifiableMap(new TreeMap<>(counts == null ? Map.of() : Map.copyOf(counts)));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        blocked = blocked == null ? List.of() : List.copyOf(blocked);
    }

    /** A snapshot in which the mapping blocked no record. */
    public Snapshot(String source, Instant importedAt, LocalDate asOf, List<Person> persons,
            List<Department> departments, Map<String, Integer> counts, List<String> warnings) {
        this(source, importedAt, asOf, persons, departments, counts, warnings, List.of());
    }
}
