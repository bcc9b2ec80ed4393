package dev.roster.policy;

import dev.roster.model.Contract;
import dev.roster.model.Person;
import dev.roster.model.PrimaryContract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One person as of one day, with what every rule asks of them computed once: the running
 * contracts, the primary one among them, and the contracts not running. Not
 * thread-safe; lives for one evaluation.
 */
final class Subject {

    final Person person;
    final LocalDate day;
    final long epochDay;
    final DepartmentTree departments;
    final List<Contract> active;
    /** The contracts not running on the day: ended or still to start. */
    final List<Contract> inactive;
    /** The primary running contract, or null when none runs. */
    final Contract primary;
    private String[] descriptions;

    Subject(Person person, LocalDate day, DepartmentTree departments, PrimaryContract chooser) {
        this.person = person;
        this.day = day;
        this.epochDay = day.toEpochDay();
        this.departments = departments;
        List<Contract> all = person.contracts();
        List<Contract> running = null;
        List<Contract> others = null;
        for (int i = 0; i < all.size(); i++) {
            Contract c = all.get(i);
            if (c.activeOn(day)) {
                running = running == null ? new ArrayList<>(2) : running;
                running.add(c);
            } else {
                others = others == null ? new ArrayList<>(2) : others;
                others.add(c);
            }
        }
        this.active = running == null ? List.of() : running;
        this.inactive = others == null ? List.of() : others;
        this.primary = active.isEmpty() ? null
                : active.size() == 1 ? active.get(0) : chooser.choose(active, day).orElseThrow();
    }

    /** {@link Policy#describe(Contract)} of one of the person's contracts, made once per subject. */
    String describe(Contract c) {
        List<Contract> all = person.contracts();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == c) {
                descriptions = descriptions == null ? new String[all.size()] : descriptions;
                if (descriptions[i] == null) {
                    descriptions[i] = Policy.describe(c);
                }
                return descriptions[i];
            }
        }
        return Policy.describe(c);
    }
}
