package dev.roster.vault;

import dev.roster.model.AccountRef;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An account Roster deleted from a target, kept so that its names (user name, e-mail address)
 * are not handed to someone else. {@code attributes} are the values last written to it.
 */
public record DeletedAccount(String target, String personId, AccountRef account,
        Map<String, String> attributes, Instant deletedAt) {
    public DeletedAccount {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(deletedAt, "deletedAt");
        attributes = Map.copyOf(attributes);
    }
}
