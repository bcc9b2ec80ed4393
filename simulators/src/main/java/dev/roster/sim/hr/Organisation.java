package dev.roster.sim.hr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A synthetic organisation made by {@link OrganisationGenerator}, possibly {@linkplain #mutate
 * mutated} since. Immutable and thread-safe. Employee records, contracts and user-defined fields
 * are derived on demand from the seed, so a large organisation costs little memory; only the
 * records a mutation changed or added are held. Every call returns equal values.
 */
public final class Organisation {

    private final Layout layout;
    private final Timeline timeline;
    private final PersonFactory persons;
    private final ContractFactory contracts;
    private final List<OrgUnit> orgUnits;
    private final List<CostCenter> costCenters;
    private final List<UserAccount> users;
    private final Changes changes;
    private final Map<HrTable, Long> rowCounts = new ConcurrentHashMap<>();

    Organisation(Layout layout) {
        this.layout = layout;
        this.timeline = new Timeline(layout);
        this.persons = new PersonFactory(layout, timeline);
        String interim = layout.userIdOf(-2);
        this.contracts = new ContractFactory(layout, timeline, persons, interim);
        this.orgUnits = Structure.orgUnits(layout, persons);
        this.costCenters = Structure.costCenters(orgUnits);
        this.users = Structure.users(layout, persons, interim);
        this.changes = Changes.NONE;
    }

    /** {@code base} with other changes: shares everything derived, holds {@code changes}. */
    private Organisation(Organisation base, Changes changes) {
        this.layout = base.layout;
        this.timeline = base.timeline;
        this.persons = base.persons;
        this.contracts = base.contracts;
        this.orgUnits = base.orgUnits;
        this.costCenters = base.costCenters;
        this.users = base.users;
        this.changes = changes;
    }

    /**
     * This organisation with {@code fraction} of its employee records changed, reproducibly: the
     * same organisation (including the mutations it already had), seed and fraction give an equal
     * result. This organisation stays as it was. The number of changes is {@code fraction} times
     * the number of employee records (joiners of earlier mutations included), rounded half up,
     * split evenly over joiners, leavers, movers and name changes; what a total of 4q + r leaves
     * over goes one each to joiners, then leavers, then movers (10 changes: 3, 3, 2, 2). What
     * each kind means is told at {@link Mutation}; joiners start and leavers leave within the
     * fourteen days up to the as-of date, so every change is in effect on it, and a leaver's
     * contracts are still within a 90-day import window. Records of unit managers never change.
     * A record changes at most once per mutation; another mutation on top of this one may change
     * it again.
     *
     * @param fraction from 0 to 1
     * @param seed     any value; another seed picks other records and other changes
     * @return the mutated organisation; its {@link #mutations()} end with this mutation's summary
     * @throws IllegalArgumentException for a fraction outside 0..1, or when fewer records qualify
     *                                  for a kind of change than the fraction asks for
     * @throws IllegalStateException    when no six-digit employee id is left for a joiner
     */
    public Organisation mutate(double fraction, long seed) {
        Mutator mutator = new Mutator(this, layout, persons, contracts, changes, seed);
        return new Organisation(this, mutator.mutate(fraction));
    }

    /** The mutations applied since generation, oldest first; empty for a generated organisation. */
    public List<Mutation> mutations() {
        return changes.history();
    }

    /** The number of employee records, joiners included. */
    int size() {
        return layout.size + changes.added();
    }

    /** The record index of {@code employeeId}, or -1. */
    int indexOf(String employeeId) {
        int i = layout.recordOf(employeeId);
        return i >= 0 ? i : changes.indexOfAdded(employeeId);
    }

    /** Whether record {@code i} manages an organisation unit. */
    boolean managesUnit(int i) {
        return i < layout.size && layout.isManager(i);
    }

    EmployeeRecord employeeAt(int i) {
        Changes.Entry held = changes.entry(i);
        return held != null ? held.employee() : persons.employee(i);
    }

    List<ContractRecord> contractsAt(int i) {
        Changes.Entry held = changes.entry(i);
        return held != null ? held.contracts() : contracts.contracts(i);
    }

    List<UdfRecord> employeeUdfsAt(int i) {
        Changes.Entry held = changes.entry(i);
        return held != null ? held.employeeUdfs() : contracts.employeeUdfs(i, contracts.contracts(i));
    }

    List<UdfRecord> contractUdfsAt(int i) {
        Changes.Entry held = changes.entry(i);
        return held != null ? held.contractUdfs() : contracts.contractUdfs(i, contracts.contracts(i));
    }

    /** The day the organisation is seen on. */
    public LocalDate asOf() {
        return layout.asOf;
    }

    /**
     * All employee records in export order, joiners last (a lazily computed, unmodifiable list).
     */
    public List<EmployeeRecord> employees() {
        return new Records();
    }

    /** The employee record with {@code employeeId}, if any. */
    public Optional<EmployeeRecord> employee(String employeeId) {
        int i = indexOf(employeeId);
        return i < 0 ? Optional.empty() : Optional.of(employeeAt(i));
    }

    /** The contracts of one employee record, empty for an unknown id. */
    public List<ContractRecord> contractsOf(String employeeId) {
        int i = indexOf(employeeId);
        return i < 0 ? List.of() : contractsAt(i);
    }

    /** All contracts, in export order. */
    public Stream<ContractRecord> contracts() {
        return IntStream.range(0, size()).mapToObj(this::contractsAt).flatMap(List::stream);
    }

    /** The employee user-defined-field rows of one record, in file order. */
    public List<UdfRecord> employeeUdfsOf(String employeeId) {
        int i = indexOf(employeeId);
        return i < 0 ? List.of() : employeeUdfsAt(i);
    }

    /** The contract user-defined-field rows of all contracts of one record, in file order. */
    public List<UdfRecord> contractUdfsOf(String employeeId) {
        int i = indexOf(employeeId);
        return i < 0 ? List.of() : contractUdfsAt(i);
    }

    /** Every row of the organization-units export, history included. */
    public List<OrgUnit> orgUnits() {
        return orgUnits;
    }

    /** The organisation unit rows valid on the as-of date: one per current unit. */
    public List<OrgUnit> departments() {
        return orgUnits.stream().filter(u -> u.validOn(layout.asOf)).collect(Collectors.toList());
    }

    public List<CostCenter> costCenters() {
        return costCenters;
    }

    public List<UserAccount> users() {
        return users;
    }

    /** The employee id linked to Visma user {@code userId}, empty when unknown or unlinked. */
    public Optional<String> managerEmployeeIdOf(String userId) {
        return users.stream().filter(u -> u.userId().equals(userId) && !u.employeeId().isEmpty())
                .map(UserAccount::employeeId).findFirst();
    }

    /** Ids of the employee records with at least one contract running on {@code day}. */
    public Set<String> employeeIdsWithContractActiveOn(LocalDate day) {
        return employeeIdsWithContract(c -> c.activeOn(day));
    }

    /** Ids of the records with a contract that is open or ends on or after {@code since}. */
    public Set<String> employeeIdsWithContractEndingOnOrAfter(LocalDate since) {
        return employeeIdsWithContract(c -> c.end() == null || !c.end().isBefore(since));
    }

    private Set<String> employeeIdsWithContract(Predicate<ContractRecord> test) {
        return contracts().filter(test).map(ContractRecord::employeeId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The rows of one export, without header, in file order, each in {@link HrTable#columns()} order. */
    public Stream<String[]> rows(HrTable table) {
        IntStream all = IntStream.range(0, size());
        switch (table) {
            case EMPLOYEES:
                return all.mapToObj(i -> Rendering.employee(employeeAt(i)));
            case CONTRACTS:
                return all.boxed().flatMap(i -> {
                    EmployeeRecord e = employeeAt(i);
                    return contractsAt(i).stream().map(c -> Rendering.contract(c, e));
                });
            case EMPLOYEE_UDFS:
                return all.boxed().flatMap(i -> employeeUdfsAt(i).stream().map(Rendering::udf));
            case CONTRACT_UDFS:
                return all.boxed().flatMap(i -> contractUdfsAt(i).stream().map(Rendering::udf));
            case ORGANIZATION_UNITS:
                return IntStream.range(0, orgUnits.size())
                        .mapToObj(k -> Rendering.orgUnit(orgUnits.get(k), k + 1));
            case COST_CENTERS:
                return costCenters.stream().map(Rendering::costCenter);
            default:
                return users.stream().map(Rendering::user);
        }
    }

    /** The number of data rows of one export. */
    public long rowCount(HrTable table) {
        return rowCounts.computeIfAbsent(table, t -> rows(t).count());
    }

    /** Writes the whole export as CSV with header. */
    public void writeCsv(HrTable table, Writer out) throws IOException {
        writeCsv(table, table.columns(), Set.of(), 0, Long.MAX_VALUE, out);
    }

    /**
     * Writes a header and data rows {@code from} (inclusive) to {@code to} (exclusive) of one
     * export as CSV.
     *
     * @param columns which columns, in this order; each must be one of the table's
     * @param blank   columns written empty (e.g. contact data without the contact scope)
     * @throws IllegalArgumentException for a column the table does not have
     */
    public void writeCsv(HrTable table, List<String> columns, Set<String> blank, long from, long to,
                         Writer out) throws IOException {
        int[] pick = new int[columns.size()];
        for (int k = 0; k < pick.length; k++) {
            int index = table.columns().indexOf(columns.get(k));
            if (index < 0) {
                throw new IllegalArgumentException(table + " has no column " + columns.get(k));
            }
            pick[k] = blank.contains(columns.get(k)) ? -1 : index;
        }
        CsvWriter csv = new CsvWriter(out);
        csv.write(columns);
        List<String> cells = new ArrayList<>(pick.length);
        try {
            rows(table).skip(from).limit(Math.max(0, to - from)).forEach(row -> {
                cells.clear();
                for (int k : pick) {
                    cells.add(k < 0 ? "" : row[k]);
                }
                try {
                    csv.write(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private final class Records extends AbstractList<EmployeeRecord> implements RandomAccess {
        @Override
        public EmployeeRecord get(int index) {
            if (index < 0 || index >= Organisation.this.size()) {
                throw new IndexOutOfBoundsException(index);
            }
            return employeeAt(index);
        }

        @Override
        public int size() {
            return Organisation.this.size();
        }
    }
}
