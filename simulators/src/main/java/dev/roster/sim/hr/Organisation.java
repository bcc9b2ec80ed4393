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
 * A synthetic organisation made by {@link OrganisationGenerator}. Immutable and thread-safe.
 * Employee records, contracts and user-defined fields are derived on demand from the seed, so a
 * large organisation costs little memory; every call returns equal values.
 */
public final class Organisation {

    private final Layout layout;
    private final Timeline timeline;
    private final PersonFactory persons;
    private final ContractFactory contracts;
    private final List<OrgUnit> orgUnits;
    private final List<CostCenter> costCenters;
    private final List<UserAccount> users;
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
    }

    /** The day the organisation is seen on. */
    public LocalDate asOf() {
        return layout.asOf;
    }

    /** All employee records in export order (a lazily computed, unmodifiable list). */
    public List<EmployeeRecord> employees() {
        return new Records();
    }

    /** The employee record with {@code employeeId}, if any. */
    public Optional<EmployeeRecord> employee(String employeeId) {
        int i = layout.recordOf(employeeId);
        return i < 0 ? Optional.empty() : Optional.of(persons.employee(i));
    }

    /** The contracts of one employee record, empty for an unknown id. */
    public List<ContractRecord> contractsOf(String employeeId) {
        int i = layout.recordOf(employeeId);
        return i < 0 ? List.of() : contracts.contracts(i);
    }

    /** All contracts, in export order. */
    public Stream<ContractRecord> contracts() {
        return IntStream.range(0, layout.size).mapToObj(contracts::contracts).flatMap(List::stream);
    }

    /** The employee user-defined-field rows of one record, in file order. */
    public List<UdfRecord> employeeUdfsOf(String employeeId) {
        int i = layout.recordOf(employeeId);
        return i < 0 ? List.of() : contracts.employeeUdfs(i, contracts.contracts(i));
    }

    /** The contract user-defined-field rows of all contracts of one record, in file order. */
    public List<UdfRecord> contractUdfsOf(String employeeId) {
        int i = layout.recordOf(employeeId);
        return i < 0 ? List.of() : contracts.contractUdfs(i, contracts.contracts(i));
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
        IntStream all = IntStream.range(0, layout.size);
        switch (table) {
            case EMPLOYEES:
                return all.mapToObj(i -> Rendering.employee(persons.employee(i)));
            case CONTRACTS:
                return all.boxed().flatMap(i -> {
                    EmployeeRecord e = persons.employee(i);
                    return contracts.contracts(i).stream().map(c -> Rendering.contract(c, e));
                });
            case EMPLOYEE_UDFS:
                return all.boxed().flatMap(i -> contracts.employeeUdfs(i, contracts.contracts(i))
                        .stream().map(Rendering::udf));
            case CONTRACT_UDFS:
                return all.boxed().flatMap(i -> contracts.contractUdfs(i, contracts.contracts(i))
                        .stream().map(Rendering::udf));
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
            if (index < 0 || index >= layout.size) {
                throw new IndexOutOfBoundsException(index);
            }
            return persons.employee(index);
        }

        @Override
        public int size() {
            return layout.size;
        }
    }
}
