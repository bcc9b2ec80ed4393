package dev.roster.model;

import java.util.Objects;

/**
 * An organisational unit. {@code parentId} is empty for a root unit, {@code managerId} is the
 * person id of its manager or empty.
 */
public record Department(String id, String name, String parentId, String managerId) {
    public Department {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        parentId = parentId == null ? "" : parentId;
        managerId = managerId == null ? "" : managerId;
    }
}
