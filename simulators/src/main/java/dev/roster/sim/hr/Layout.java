package dev.roster.sim.hr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The skeleton of an organisation: its units and which employee record manages each. Everything
 * here is small (at most some fifty units); employee records are derived from it on demand.
 */
final class Layout {

    /** A current unit: index in {@link #units}, parent index (-1 for the root), manager record. */
    record Unit(int index, String id, int parent, String name, String nameEn, String type,
                CostCenter costCenter, int managerRecord) {
    }

    static final int ROOT = 0;
    static final int RENAMED_TEAM = 1;
    static final String RENAMED_OLD_NAME = "Thuiszorg Noord";

    final long seed;
    final int size;
    final LocalDate asOf;
    final List<Unit> units;
    final int teams;
    private final Map<Integer, Integer> unitByManager = new HashMap<>();

    Layout(long seed, int size, LocalDate asOf) {
        if (size < 1 || size > 899_999) {
            throw new IllegalArgumentException("employee count must be 1..899999: " + size);
        }
        this.seed = seed;
        this.size = size;
        this.asOf = asOf;
        this.teams = (int) Math.max(20, Math.min(40, Math.round(16 + 4 * Math.log10(size))));
        int unitCount = 1 + Catalog.DIVISIONS.size() + teams;
        CostCenter staff = new CostCenter("1000", "Staf", "Staff");
        List<Unit> list = new ArrayList<>();
        list.add(new Unit(0, "OE-001", -1, "Raad van Bestuur", "Board", "Organisatie", staff,
                managerRecord(0, unitCount)));
        for (int d = 0; d < Catalog.DIVISIONS.size(); d++) {
            String name = Catalog.DIVISIONS.get(d);
            list.add(new Unit(list.size(), "OE-1" + (d + 1) + "0", ROOT, name, name, "Divisie",
                    staff, managerRecord(list.size(), unitCount)));
        }
        for (int t = 0; t < teams; t++) {
            int division = t % Catalog.DIVISIONS.size();
            String name = Catalog.TEAMS.get(division).get(t / Catalog.DIVISIONS.size());
            CostCenter cc = new CostCenter(String.format("4%03d", t), name, name);
            list.add(new Unit(list.size(), String.format("OE-%03d", 200 + t), 1 + division, name,
                    name, "Afdeling", cc, managerRecord(list.size(), unitCount)));
        }
        this.units = List.copyOf(list);
        for (Unit u : units) {
            unitByManager.putIfAbsent(u.managerRecord(), u.index());
        }
    }

    private int managerRecord(int unit, int unitCount) {
        return size >= unitCount ? unit * (size / unitCount) : unit % size;
    }

    boolean isManager(int record) {
        return unitByManager.containsKey(record);
    }

    /** The unit record {@code record} manages, or -1. */
    int unitManagedBy(int record) {
        return unitByManager.getOrDefault(record, -1);
    }

    /** The first team index in {@link #units}. */
    int firstTeam() {
        return 1 + Catalog.DIVISIONS.size();
    }

    /** The day the renamed team got its current name: 1 July of last year. */
    LocalDate renameDate() {
        return LocalDate.of(asOf.getYear() - 1, 7, 1);
    }

    /** A random source for one purpose ({@code salt}) of one record, independent of all others. */
    SplittableRandom random(long index, long salt) {
        long h = seed * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL + salt * 0x165667B19E3779F9L;
        return new SplittableRandom(h ^ (h >>> 29));
    }

    /** The user id of the Visma user linked to employee record {@code record} (if any). */
    String userIdOf(long record) {
        SplittableRandom r = random(record, 7);
        long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    /** The six-digit employee id of record {@code record}. */
    String employeeId(int record) {
        int stride = stride();
        return Integer.toString(100_000 + stride * record + random(record, 1).nextInt(stride));
    }

    /** The record index of {@code employeeId}, or -1 when no record has it. */
    int recordOf(String employeeId) {
        int id;
        try {
            id = Integer.parseInt(employeeId);
        } catch (NumberFormatException e) {
            return -1;
        }
        int index = (id - 100_000) / stride();
        return id >= 100_000 && index < size && employeeId(index).equals(employeeId) ? index : -1;
    }

    /**
     * The lowest id above every generated record's id: ids from here to 999,999 are free for
     * records added later (joiners).
     */
    int firstFreeId() {
        return 100_000 + stride() * size;
    }

    /**
     * Ids spread out (3 apart) while that leaves at least a third of the six-digit range to
     * joiners; closer for bigger organisations (300,000 records: 2 apart, ids up to 699,999).
     */
    private int stride() {
        return size <= 250_000 ? 3 : size <= 400_000 ? 2 : 1;
    }
}
