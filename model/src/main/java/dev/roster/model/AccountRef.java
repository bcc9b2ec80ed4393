package dev.roster.model;

import java.util.Objects;

/**
 * The stable reference of an account in a target (for Active Directory the objectGUID), apart from
 * its human names, so that the account survives renames and moves.
 */
public record AccountRef(String id) {
    public AccountRef {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("empty account reference");
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
