package dev.roster.model;

import java.util.Optional;

/**
 * An attribute value that points at another person's account in the same target, such as AD's
 * {@code manager}: written {@code person:ID} in plans and the ledger, turned by the executor into
 * {@code ref:ACCOUNT} (the account's stable reference) for the target, which writes it the way it
 * needs (for AD, the account's current DN).
 */
public final class AccountReference {

    /** The prefix of a value naming a person, as templates render it ({@code |account}). */
    public static final String PREFIX = "person:";

    /** The prefix of a value naming an account by its reference, as targets receive it. */
    public static final String REF = "ref:";

    private AccountReference() {
    }

    /** The person id a value points at, when it is a reference. */
    public static Optional<String> person(String value) {
        return value != null && value.startsWith(PREFIX) && value.length() > PREFIX.length()
                ? Optional.of(value.substring(PREFIX.length())) : Optional.empty();
    }

    /** The account a target value points at, when it is one. */
    public static Optional<AccountRef> account(String value) {
        return value != null && value.startsWith(REF) && value.length() > REF.length()
                ? Optional.of(new AccountRef(value.substring(REF.length()))) : Optional.empty();
    }
}
