package dev.roster.vault;

/** What kind of change a person went through between two snapshots. */
public enum ChangeKind {
    /** Not in the earlier snapshot. */
    JOINER,
    /** Not in the later snapshot. */
    LEAVER,
    /** A contract id the person did not have before. */
    CONTRACT_ADDED,
    /** A contract's end date set or moved earlier, or the contract gone. */
    CONTRACT_ENDED,
    /** A contract's department, title or manager changed (a department rename alone is OTHER). */
    MOVER,
    /** Any part of the name or the naming convention changed. */
    NAME_CHANGE,
    /** A value of the person's or a contract's fields (source and custom fields) changed. */
    CUSTOM_FIELD,
    /** Anything else: e-mail, birth date, gender, a contract's start, later end, cost center, ... */
    OTHER
}
