package dev.roster.policy;

import dev.roster.model.Contract;
import dev.roster.model.Person;
import dev.roster.model.PrimaryContract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the days an account changes state. The state can only change on a lifecycle boundary of
 * one of the person's contracts (create, enable, start, end, disable, delete day), so only those
 * days are compared with the day before.
 */
final class Calendar {

    private final List<TargetRules> groups;
    private final DepartmentTree departments;
    private final PrimaryContract primary;

    Calendar(List<TargetRules> groups, DepartmentTree departments, PrimaryContract primary) {
        this.groups = groups;
        this.departments = departments;
        this.primary = primary;
    }

    List<LifecycleEvent> events(List<Person> persons, LocalDate from, LocalDate to) {
        List<LifecycleEvent> out = new ArrayList<>();
        for (Person p : persons) {
            for (TargetRules g : groups) {
                events(p, g, from.toEpochDay(), to.toEpochDay(), out);
            }
        }
        out.sort(LifecycleEvent.ORDER);
        return out;
    }

    /** Adds the events of {@code p} in {@code g}'s target on days {@code from..to} to {@code out}. */
    void events(Person p, TargetRules g, long from, long to, List<LifecycleEvent> out) {
        for (long day : boundaries(p, g.lifecycle)) {
            if (day < from || day > to) {
                continue;
            }
            Windows.Status before = g.status(subject(p, day - 1));
            Windows.Status after = g.status(subject(p, day));
            transitions(g.target, p, Windows.date(day), before, after, out);
        }
    }

    private Subject subject(Person p, long day) {
        return new Subject(p, Windows.date(day), departments, primary);
    }

    private static long[] boundaries(Person p, Lifecycle l) {
        List<Contract> contracts = p.contracts();
        long[] days = new long[contracts.size() * 6];
        int n = 0;
        for (Contract c : contracts) {
            days[n++] = Windows.createFrom(l, c);
            days[n++] = Windows.enableFrom(l, c);
            days[n++] = Windows.start(c);
            if (c.end() != null) {
                days[n++] = Windows.end(c) + 1;
                days[n++] = Windows.enableTo(l, c) + 1;
                if (l.deletes()) {
                    days[n++] = Windows.deleteOn(l, c);
                }
            }
        }
        return Arrays.stream(days, 0, n).sorted().distinct().toArray();
    }

    static void transitions(String target, Person p, LocalDate day, Windows.Status before, Windows.Status after,
            List<LifecycleEvent> out) {
        AccountState was = before == null ? null : before.state();
        AccountState is = after == null ? null : after.state();
        boolean existed = was != null && was != AccountState.DELETED;
        boolean exists = is == AccountState.ENABLED || is == AccountState.DISABLED;
        if (!existed && exists) {
            out.add(event(target, p, day, LifecycleEvent.Kind.CREATE, after, null));
        }
        if (is == AccountState.ENABLED && was != AccountState.ENABLED) {
            out.add(event(target, p, day, LifecycleEvent.Kind.ENABLE, after, null));
        }
        if (was == AccountState.ENABLED && is != AccountState.ENABLED) {
            out.add(after != null ? event(target, p, day, LifecycleEvent.Kind.DISABLE, after, null)
                    : event(target, p, day, LifecycleEvent.Kind.DISABLE, before,
                            "no rule of target " + target + " covers the person any more"));
        }
        if (existed && is == AccountState.DELETED) {
            out.add(event(target, p, day, LifecycleEvent.Kind.DELETE, after, null));
        }
    }

    private static LifecycleEvent event(String target, Person p, LocalDate day, LifecycleEvent.Kind kind,
            Windows.Status status, String because) {
        Entry e = status.entry();
        return new LifecycleEvent(day, target, p.id(), p.name().displayName(), kind, e.rule().name(),
                e.contract().id(), because == null ? status.because() : because);
    }
}
