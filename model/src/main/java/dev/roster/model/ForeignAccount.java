package dev.roster.model;

import java.util.Objects;

/**
 * An account in a target that belongs to no person Roster manages (added by hand, a service
 * account, one an administrator unmanaged): its stable reference, and its name as the target
 * showed it when it was observed (for Active Directory its DN), for people to recognise it.
 */
public record ForeignAccount(AccountRef ref, String name) {
    public ForeignAccount {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return name.isEmpty() ? ref.id() : name;
    }
}
