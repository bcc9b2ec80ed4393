package dev.roster.sim.hr;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What one {@linkplain Organisation#mutate(double, long) mutation} of an organisation changed: a
 * value, so two mutations are equal when they changed the same records in the same way. Each
 * list is sorted by employee id, and no employee record appears in two of them.
 *
 * @param seed        the seed the mutation was made with
 * @param fraction    the fraction of the employee records it changed
 * @param records     the number of employee records before it, joiners of earlier mutations
 *                    included: the number the fraction applies to
 * @param joiners     new employee records
 * @param leavers     records whose running contracts now end before the as-of date
 * @param movers      records with one running contract in another department
 * @param nameChanges records with a changed name
 */
public record Mutation(long seed, double fraction, int records, List<Joiner> joiners,
                       List<Leaver> leavers, List<Mover> movers, List<NameChange> nameChanges) {

    /**
     * A new natural person (no other record has the same initials, birth name, date of birth and
     * gender) with one contract that started on or before the as-of date and is running on it.
     *
     * @param contractKey  the contract's {@link ContractRecord#key()}
     * @param departmentId the organisation unit of the contract, a current team
     */
    public record Joiner(String employeeId, String contractKey, String departmentId, LocalDate start) {
        public Joiner {
            Objects.requireNonNull(employeeId, "employeeId");
            Objects.requireNonNull(start, "start");
        }
    }

    /**
     * A record that was the only one of its natural person with a running contract; every
     * contract of it that was running or open now ends on {@code end}, which lies before the
     * as-of date.
     *
     * @param contractKeys the contracts given the end date, by {@link ContractRecord#key()}
     */
    public record Leaver(String employeeId, List<String> contractKeys, LocalDate end) {
        public Leaver {
            Objects.requireNonNull(employeeId, "employeeId");
            contractKeys = List.copyOf(contractKeys);
            Objects.requireNonNull(end, "end");
        }
    }

    /** One running contract of a record moved from one current team to another. */
    public record Mover(String employeeId, String contractKey, String fromDepartmentId,
                        String toDepartmentId) {
        public Mover {
            Objects.requireNonNull(employeeId, "employeeId");
        }
    }

    /**
     * A changed name: the record before and after. Initials, birth name, date of birth and gender
     * never change, so the record still belongs to the same natural person; the call name or the
     * family name as used under the naming convention always does.
     */
    public record NameChange(Reason reason, EmployeeRecord before, EmployeeRecord after) {

        /** Why the name changed. */
        public enum Reason {
            /** No partner before: now a partner's name, used under a convention other than own name only. */
            MARRIAGE,
            /** The partner's name, which was in use, is gone; own name only. */
            DIVORCE,
            /** Another of the four naming conventions, with the same own and partner's name. */
            CONVENTION,
            /** The call name (nickname) becomes the first given name. */
            CALL_NAME
        }

        public NameChange {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            if (!before.employeeId().equals(after.employeeId())) {
                throw new IllegalArgumentException("a name change keeps the employee id: "
                        + before.employeeId() + " became " + after.employeeId());
            }
        }

        public String employeeId() {
            return after.employeeId();
        }
    }

    public Mutation {
        joiners = List.copyOf(joiners);
        leavers = List.copyOf(leavers);
        movers = List.copyOf(movers);
        nameChanges = List.copyOf(nameChanges);
    }

    /** The number of records changed or added. */
    public int total() {
        return joiners.size() + leavers.size() + movers.size() + nameChanges.size();
    }

    /** The ids of every record changed or added, sorted. */
    public Set<String> employeeIds() {
        Set<String> ids = new TreeSet<>();
        Stream.of(joiners.stream().map(Joiner::employeeId), leavers.stream().map(Leaver::employeeId),
                movers.stream().map(Mover::employeeId), nameChanges.stream().map(NameChange::employeeId))
                .flatMap(s -> s).forEach(ids::add);
        return ids;
    }
}
