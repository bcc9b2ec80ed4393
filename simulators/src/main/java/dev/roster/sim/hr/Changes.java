package dev.roster.sim.hr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What mutations did to a generated organisation: employee records held instead of derived
 * (records changed, and records added after the generated ones), and the mutations in order.
 * Immutable; {@link #with} makes a new one and leaves this one as it was, so an export reading an
 * organisation never sees a mutation half-applied.
 */
final class Changes {

    /** Everything of one employee record that the generator would otherwise derive on demand. */
    record Entry(EmployeeRecord employee, List<ContractRecord> contracts,
                 List<UdfRecord> employeeUdfs, List<UdfRecord> contractUdfs) {
        Entry {
            Objects.requireNonNull(employee, "employee");
            contracts = List.copyOf(contracts);
            employeeUdfs = List.copyOf(employeeUdfs);
            contractUdfs = List.copyOf(contractUdfs);
            if (contracts.isEmpty()) {
                throw new IllegalArgumentException("employee " + employee.employeeId() + " has no contract");
            }
        }
    }

    static final Changes NONE = new Changes(Map.of(), Map.of(), 0, List.of());

    private final Map<Integer, Entry> entries;
    private final Map<String, Integer> addedIndex;
    private final int added;
    private final List<Mutation> history;

    private Changes(Map<Integer, Entry> entries, Map<String, Integer> addedIndex, int added,
                    List<Mutation> history) {
        this.entries = entries;
        this.addedIndex = addedIndex;
        this.added = added;
        this.history = history;
    }

    /** The held entry of record {@code index}, or null when the generator derives it. */
    Entry entry(int index) {
        return entries.isEmpty() ? null : entries.get(index);
    }

    /** How many records were added after the generated ones. */
    int added() {
        return added;
    }

    /** The record index of added record {@code employeeId}, or -1. */
    int indexOfAdded(String employeeId) {
        return addedIndex.getOrDefault(employeeId, -1);
    }

    List<Mutation> history() {
        return history;
    }

    /**
     * These changes, then {@code mutation}.
     *
     * @param changed   new entries of existing records, by record index
     * @param joiners   records to add, in order, after the {@code generated} ones and those added before
     * @param generated the number of generated records
     */
    Changes with(Map<Integer, Entry> changed, List<Entry> joiners, int generated, Mutation mutation) {
        Map<Integer, Entry> nextEntries = new HashMap<>(entries);
        nextEntries.putAll(changed);
        Map<String, Integer> nextIndex = new HashMap<>(addedIndex);
        int index = generated + added;
        for (Entry joiner : joiners) {
            nextEntries.put(index, joiner);
            nextIndex.put(joiner.employee().employeeId(), index);
            index++;
        }
        List<Mutation> nextHistory = new ArrayList<>(history);
        nextHistory.add(mutation);
        return new Changes(Map.copyOf(nextEntries), Map.copyOf(nextIndex), added + joiners.size(),
                List.copyOf(nextHistory));
    }
}
