package dev.roster.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A natural person as the vault keeps them: one or more HR records aggregated into one identity.
 *
 * <p>{@code id} is the stable external id Roster uses for the person. {@code email} may be empty,
 * {@code birthDate} may be null. {@code fields} holds source and custom fields by name;
 * {@code contracts} are ordered by start date.
 */
public record Person(
        String id,
        PersonName name,
        String email,
        LocalDate birthDate,
        String gender,
        Map<String, String> fields,
        List<Contract> contracts) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name of person " + id);
        email = email == null ? "" : email;
        gender = gender == null ? "" : gender;
        fields = Map.copyOf(fields == null ? Map.of() : fields);
        contracts = contracts == null ? List.of()
                : contracts.stream().sorted(Comparator.comparing(Contract::start)
                        .thenComparing(Contract::id)).toList();
    }

    /** The contracts running on {@code day}, by start date. */
    public List<Contract> activeContracts(LocalDate day) {
        return contracts.stream().filter(c -> c.activeOn(day)).toList();
    }

    /** The contract with {@code contractId}, if the person has it. */
    public Optional<Contract> contract(String contractId) {
        return contracts.stream().filter(c -> c.id().equals(contractId)).findFirst();
    }
}
