package dev.roster.cli;

/** The exit codes of the roster command, for scripts. */
final class ExitCode {
    /** Everything asked for was done. */
    static final int OK = 0;
    /** The cycle ran, but some actions failed; they are listed and will be planned again. */
    static final int ACTIONS_FAILED = 1;
    /** Wrong command line or invalid configuration; nothing was done. */
    static final int CONFIG = 2;
    /** The source could not be read completely; nothing was stored, planned or applied. */
    static final int SOURCE_FAILED = 3;
    /** Any other failure, such as an unreachable vault or target. */
    static final int ERROR = 4;
    /** A saved plan was refused because the vault moved on since it was made; nothing was applied. */
    static final int STALE_PLAN = 5;
    /** The import was held by a source threshold; plans use the previous snapshot until it is approved. */
    static final int IMPORT_HELD = 6;
    /** Everything else was applied, but a target threshold held some actions back for approval. */
    static final int ACTIONS_HELD = 7;

    private ExitCode() {
    }
}
