package dev.roster.sim.hr;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** Decides what kind of employment each record has and the dates of its contracts. */
final class Timeline {

    /** The life story of one employee record. */
    enum Kind {
        MANAGER, CURRENT, CONVERTED, CONCURRENT, FUTURE, ENDED_RECENTLY, ENDED_LONG_AGO, PAIR_OLD,
        PAIR_NEW
    }

    /** Dates of one (sub)contract; {@code end} null when open. */
    record Span(String contractId, String subcontractId, LocalDate start, LocalDate end,
                boolean fixedTerm) {
    }

    private static final long KIND = 2;
    private static final long DATES = 3;
    private static final long PAIR = 4;

    private final Layout layout;

    Timeline(Layout layout) {
        this.layout = layout;
    }

    Kind kind(int i) {
        if (layout.isManager(i)) {
            return Kind.MANAGER;
        }
        if (i % 23 == 11 && i + 1 < layout.size && !layout.isManager(i + 1)) {
            return Kind.PAIR_OLD;
        }
        if (i % 23 == 12 && !layout.isManager(i - 1)) {
            return Kind.PAIR_NEW;
        }
        int roll = layout.random(i, KIND).nextInt(100);
        if (roll < 8) {
            return Kind.ENDED_LONG_AGO;
        } else if (roll < 14) {
            return Kind.ENDED_RECENTLY;
        } else if (roll < 19) {
            return Kind.FUTURE;
        } else if (roll < 27) {
            return Kind.CONCURRENT;
        } else if (roll < 37) {
            return Kind.CONVERTED;
        }
        return Kind.CURRENT;
    }

    /** The record of the natural person that record {@code i} belongs to: itself or its pair. */
    int personOf(int i) {
        return kind(i) == Kind.PAIR_NEW ? i - 1 : i;
    }

    List<Span> spans(int i, Kind kind) {
        LocalDate asOf = layout.asOf;
        SplittableRandom r = layout.random(i, DATES);
        switch (kind) {
            case MANAGER:
                return List.of(open("1", asOf.minusDays(730 + r.nextInt(4800))));
            case CURRENT: {
                LocalDate start = asOf.minusDays(1 + r.nextInt(6000));
                return List.of(r.nextInt(4) == 0
                        ? new Span("1", "1", start, asOf.plusDays(1 + r.nextInt(365)), true)
                        : open("1", start));
            }
            case CONVERTED: {
                LocalDate end = asOf.minusDays(20 + r.nextInt(360));
                LocalDate start = end.minusDays(180 + r.nextInt(900));
                return List.of(new Span("1", "1", start, end, true), open("2", end.plusDays(1)));
            }
            case CONCURRENT: {
                LocalDate start = asOf.minusDays(30 + r.nextInt(5000));
                LocalDate second = asOf.minusDays(10 + r.nextInt(700));
                second = second.isBefore(start) ? start : second;
                LocalDate end = r.nextInt(10) < 4 ? asOf.plusDays(1 + r.nextInt(200)) : null;
                return List.of(open("1", start), new Span("1", "2", second, end, end != null));
            }
            case FUTURE: {
                LocalDate start = asOf.plusDays(1 + r.nextInt(60));
                return List.of(r.nextBoolean()
                        ? new Span("1", "1", start, start.plusYears(1).minusDays(1), true)
                        : open("1", start));
            }
            case ENDED_RECENTLY:
                return List.of(ended(r, asOf.minusDays(1 + r.nextInt(89))));
            case ENDED_LONG_AGO:
                return List.of(ended(r, asOf.minusDays(120 + r.nextInt(2400))));
            case PAIR_OLD:
                return List.of(pair(i).get(0));
            default:
                return List.of(pair(i - 1).get(1));
        }
    }

    private static Span open(String contractId, LocalDate start) {
        return new Span(contractId, "1", start, null, false);
    }

    private static Span ended(SplittableRandom r, LocalDate end) {
        return new Span("1", "1", end.minusDays(60 + r.nextInt(3000)), end, r.nextBoolean());
    }

    /** The old and the new employment of the person whose first record is {@code first}. */
    private List<Span> pair(int first) {
        LocalDate asOf = layout.asOf;
        SplittableRandom r = layout.random(first, PAIR);
        int variant = r.nextInt(100);
        LocalDate oldEnd;
        LocalDate newStart;
        if (variant < 60) {
            oldEnd = asOf.minusDays(150 + r.nextInt(1350));
            newStart = asOf.minusDays(10 + r.nextInt(130));
        } else if (variant < 85) {
            oldEnd = asOf.minusDays(5 + r.nextInt(76));
            newStart = oldEnd.plusDays(1);
        } else {
            oldEnd = asOf.minusDays(150 + r.nextInt(1350));
            newStart = asOf.plusDays(1 + r.nextInt(60));
        }
        Span old = new Span("1", "1", oldEnd.minusDays(180 + r.nextInt(2500)), oldEnd, true);
        return List.of(old, open("1", newStart));
    }
}
