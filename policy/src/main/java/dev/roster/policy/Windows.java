package dev.roster.policy;

import dev.roster.model.Contract;
import java.time.LocalDate;
import java.util.List;

/**
 * The lifecycle windows of one contract under one target's {@link Lifecycle}, in epoch days, and
 * the state of an account given all its in-scope contracts on one day.
 */
final class Windows {

    /** Far enough to mean "never" and still allow adding days without overflow. */
    static final long OPEN = Long.MAX_VALUE / 4;

    private Windows() {
    }

    static long start(Contract c) {
        return c.start().toEpochDay();
    }

    static long end(Contract c) {
        return c.end() == null ? OPEN : c.end().toEpochDay();
    }

    static long createFrom(Lifecycle l, Contract c) {
        return start(c) - l.createDaysBefore();
    }

    static long enableFrom(Lifecycle l, Contract c) {
        return start(c) - l.enableDaysBefore();
    }

    /** The last enabled day. */
    static long enableTo(Lifecycle l, Contract c) {
        return c.end() == null ? OPEN : end(c) + l.disableDaysAfter();
    }

    /** The first day the account should no longer exist; {@link #OPEN} when never. */
    static long deleteOn(Lifecycle l, Contract c) {
        return c.end() == null || !l.deletes() ? OPEN : enableTo(l, c) + 1 + l.deleteDaysAfter();
    }

    static boolean enabledWindow(Lifecycle l, Contract c, long day) {
        return enableFrom(l, c) <= day && day <= enableTo(l, c);
    }

    static LocalDate date(long epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    /** The account's state on {@code day}, or null when none of {@code entries} gives one yet. */
    static Status status(String target, Lifecycle l, List<Entry> entries, Subject s) {
        long day = s.epochDay;
        Entry enabled = null;
        Entry exists = null;
        Entry deleted = null;
        Entry prehire = null;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Contract c = e.contract();
            if (e.rule().access() && enabledWindow(l, c, day)
                    && (enabled == null || (!running(enabled.contract(), day) && running(c, day)))) {
                enabled = e;
            }
            if (createFrom(l, c) <= day && day < deleteOn(l, c) && (exists == null || betterExisting(c, exists.contract(), day))) {
                exists = e;
            }
            if (createFrom(l, c) <= day && day < enableFrom(l, c) && prehire == null) {
                prehire = e;
            }
            if (deleteOn(l, c) <= day && (deleted == null || deleteOn(l, c) > deleteOn(l, deleted.contract()))) {
                deleted = e;
            }
        }
        if (enabled != null) {
            return new Status(AccountState.ENABLED, enabled, enabledBecause(target, l, enabled.contract(), s));
        }
        if (prehire != null) {
            return new Status(AccountState.DISABLED, prehire, disabledBecause(target, l, prehire, s));
        }
        if (exists != null) {
            AccountState state = day > enableTo(l, exists.contract()) ? AccountState.ENDED : AccountState.DISABLED;
            return new Status(state, exists, disabledBecause(target, l, exists, s));
        }
        if (deleted != null) {
            Contract c = deleted.contract();
            return new Status(AccountState.DELETED, deleted, "contract " + c.id() + " ended " + c.end()
                    + "; disabled on " + date(enableTo(l, c) + 1) + ", deleted " + l.deleteDaysAfter()
                    + " days after, on " + date(deleteOn(l, c)) + lifecycle(target));
        }
        return null;
    }

    private static boolean running(Contract c, long day) {
        return start(c) <= day && day <= end(c);
    }

    /** Running beats ended, ended beats future, later end beats earlier. */
    private static boolean betterExisting(Contract c, Contract best, long day) {
        int rank = rank(c, day);
        int bestRank = rank(best, day);
        return rank < bestRank || (rank == bestRank && end(c) > end(best));
    }

    private static int rank(Contract c, long day) {
        return running(c, day) ? 0 : start(c) > day ? 2 : 1;
    }

    private static String enabledBecause(String target, Lifecycle l, Contract c, Subject s) {
        long day = s.epochDay;
        if (day < start(c)) {
            return "contract " + c.id() + " starts " + c.start() + "; enabled " + l.enableDaysBefore()
                    + " days before" + lifecycle(target);
        }
        if (day > end(c)) {
            return "contract " + c.id() + " ended " + c.end() + "; stays enabled " + l.disableDaysAfter()
                    + " days after, until " + date(enableTo(l, c)) + lifecycle(target);
        }
        return s.describe(c);
    }

    private static String disabledBecause(String target, Lifecycle l, Entry e, Subject s) {
        long day = s.epochDay;
        Contract c = e.contract();
        if (day < enableFrom(l, c)) {
            return "contract " + c.id() + " starts " + c.start() + "; created " + l.createDaysBefore()
                    + " days before, enabled from " + date(enableFrom(l, c)) + lifecycle(target);
        }
        if (day > enableTo(l, c)) {
            return "contract " + c.id() + " ended " + c.end() + "; disabled " + l.disableDaysAfter()
                    + " days after, on " + date(enableTo(l, c) + 1) + "; "
                    + (l.deletes() ? "deleted on " + date(deleteOn(l, c)) : "never deleted") + lifecycle(target);
        }
        return "rule " + e.rule().name() + " gives the account without access; " + s.describe(c);
    }

    private static String lifecycle(String target) {
        return " (lifecycle of target " + target + ")";
    }

    /** The state of one account on one day, the entry that decides it and why, in words. */
    record Status(AccountState state, Entry entry, String because) {
    }
}
