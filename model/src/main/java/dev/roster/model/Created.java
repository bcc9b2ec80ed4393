package dev.roster.model;

import java.util.Map;
import java.util.Objects;

/**
 * The result of a create: the account's reference; whether the target linked an account that
 * already existed for the person (correlation) rather than adding one; and the attributes as the
 * target wrote them, which can differ from those asked for where a name had to be made unique.
 */
public record Created(AccountRef account, boolean correlated, Map<String, String> attributes) {
    public Created {
        Objects.requireNonNull(account, "account");
        attributes = Map.copyOf(attributes);
    }
}
