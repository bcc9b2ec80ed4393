package dev.roster.vault;

/** Where a stored snapshot stands. */
public enum SnapshotStatus {
    /** The accepted snapshot with the highest revision: what plans are made from. */
    CURRENT,
    /** Accepted once, since replaced by a newer accepted snapshot. */
    ACCEPTED,
    /** Over a source threshold and waiting for approval; never planned from while held. */
    HELD,
    /** Was held when a newer snapshot was stored; can no longer be approved. */
    SUPERSEDED
}
