package dev.roster.sim.hr;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes one mutation of an organisation (see {@link Organisation#mutate}). Every random choice
 * comes from a source derived from the organisation's seed, the mutation's seed, how many
 * mutations came before, the purpose and the record, so the result depends on nothing else. One
 * instance per mutation; not thread-safe.
 */
final class Mutator {

    /** Joiners start, and leavers leave, at most this many days before the as-of date. */
    static final int RECENT_DAYS = 14;

    private static final long PICK = 1;
    private static final long JOINER = 2;
    private static final long LEAVER = 3;
    private static final long MOVER = 4;
    private static final long RENAME = 5;
    private static final int LAST_ID = 999_999;
    /** Positions of the kinds in the arrays of counts and the lists of picked records. */
    private static final int JOINERS = 0;
    private static final int LEAVERS = 1;
    private static final int MOVERS = 2;
    private static final int RENAMES = 3;

    /** What the survey of the organisation found out, per natural person. */
    private static final class Natural {
        int unended;
        int latestRecord = -1;
        LocalDate latestStart = LocalDate.MIN;
        boolean tied;
    }

    private final Organisation org;
    private final Layout layout;
    private final PersonFactory persons;
    private final ContractFactory contracts;
    private final Changes changes;
    private final long generation;
    private final long seed;
    private final LocalDate asOf;

    /** @param changes what earlier mutations did to {@code org} */
    Mutator(Organisation org, Layout layout, PersonFactory persons, ContractFactory contracts,
            Changes changes, long seed) {
        this.org = org;
        this.layout = layout;
        this.persons = persons;
        this.contracts = contracts;
        this.changes = changes;
        this.generation = changes.history().size();
        this.seed = seed;
        this.asOf = layout.asOf;
    }

    /** The organisation's changes so far followed by this mutation. */
    Changes mutate(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be from 0 to 1: " + fraction);
        }
        int records = org.size();
        int total = (int) Math.round(fraction * records);
        int[] counts = new int[4];
        for (int kind = JOINERS; kind <= RENAMES; kind++) {
            counts[kind] = total / 4 + (kind < total % 4 ? 1 : 0);
        }
        Set<String> keys = new HashSet<>();
        int[] candidates = survey(keys);
        List<List<Integer>> picked = pick(candidates, counts, fraction, records);

        Map<Integer, Changes.Entry> changed = new LinkedHashMap<>();
        List<Mutation.Leaver> leavers = new ArrayList<>();
        for (int i : picked.get(LEAVERS)) {
            leavers.add(leave(i, changed));
        }
        List<Mutation.Mover> movers = new ArrayList<>();
        for (int i : picked.get(MOVERS)) {
            movers.add(move(i, changed));
        }
        List<Mutation.NameChange> renames = new ArrayList<>();
        for (int i : picked.get(RENAMES)) {
            Mutation.NameChange change = NameChanges.change(org.employeeAt(i), random(RENAME, i));
            changed.put(i, new Changes.Entry(change.after(), org.contractsAt(i),
                    org.employeeUdfsAt(i), org.contractUdfsAt(i)));
            renames.add(change);
        }
        List<Changes.Entry> added = new ArrayList<>();
        List<Mutation.Joiner> joiners = new ArrayList<>();
        int firstId = layout.firstFreeId() + changes.added();
        for (int k = 0; k < counts[JOINERS]; k++) {
            joiners.add(join(firstId + k, k, keys, added));
        }
        leavers.sort(Comparator.comparing(Mutation.Leaver::employeeId));
        movers.sort(Comparator.comparing(Mutation.Mover::employeeId));
        renames.sort(Comparator.comparing(Mutation.NameChange::employeeId));
        Mutation mutation = new Mutation(seed, fraction, records, joiners, leavers, movers, renames);
        return changes.with(changed, added, layout.size, mutation);
    }

    /**
     * Collects the natural-person key of every record into {@code keys}, and returns the records
     * that may leave, move or change name: not a unit manager, a contract running on the as-of
     * date, and the only record of its natural person that has a contract not yet ended and the
     * one whose latest contract started last. Roster's aggregation then shows the change on the
     * person: the record gives the person its name, and no other record keeps the person employed.
     */
    private int[] survey(Set<String> keys) {
        int size = org.size();
        String[] keyOf = new String[size];
        boolean[] active = new boolean[size];
        Map<String, Natural> naturals = new HashMap<>();
        for (int i = 0; i < size; i++) {
            keyOf[i] = naturalKey(org.employeeAt(i));
            keys.add(keyOf[i]);
            Natural n = naturals.computeIfAbsent(keyOf[i], k -> new Natural());
            LocalDate latest = LocalDate.MIN;
            boolean unended = false;
            for (ContractRecord c : org.contractsAt(i)) {
                latest = c.start().isAfter(latest) ? c.start() : latest;
                unended |= c.end() == null || !c.end().isBefore(asOf);
                active[i] |= c.activeOn(asOf);
            }
            n.unended += unended ? 1 : 0;
            if (latest.isAfter(n.latestStart)) {
                n.latestStart = latest;
                n.latestRecord = i;
                n.tied = false;
            } else if (latest.equals(n.latestStart)) {
                n.tied = true;
            }
        }
        int[] candidates = new int[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            Natural n = naturals.get(keyOf[i]);
            if (active[i] && !org.managesUnit(i) && n.unended == 1 && n.latestRecord == i && !n.tied) {
                candidates[count++] = i;
            }
        }
        return Arrays.copyOf(candidates, count);
    }

    /**
     * Shuffles the candidates and deals them out in that order: to the leavers while they are
     * short (only a record whose contracts all started before the as-of date can leave on a past
     * day), else to the movers, else to the name changes.
     */
    private List<List<Integer>> pick(int[] pool, int[] counts, double fraction, int records) {
        List<List<Integer>> picked = List.of(List.of(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        SplittableRandom r = random(PICK, 0);
        for (int k = 0; k < pool.length && !full(picked, counts); k++) {
            int j = k + r.nextInt(pool.length - k);
            int i = pool[j];
            pool[j] = pool[k];
            pool[k] = i;
            if (picked.get(LEAVERS).size() < counts[LEAVERS] && startedBefore(i, asOf)) {
                picked.get(LEAVERS).add(i);
            } else if (picked.get(MOVERS).size() < counts[MOVERS]) {
                picked.get(MOVERS).add(i);
            } else if (picked.get(RENAMES).size() < counts[RENAMES]) {
                picked.get(RENAMES).add(i);
            }
        }
        if (!full(picked, counts)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "fraction %s of %d employee records asks for %d leavers, %d movers and %d name"
                            + " changes, but only %d records with a running contract can change",
                    fraction, records, counts[LEAVERS], counts[MOVERS], counts[RENAMES], pool.length));
        }
        return picked;
    }

    private static boolean full(List<List<Integer>> picked, int[] counts) {
        for (int kind = LEAVERS; kind <= RENAMES; kind++) {
            if (picked.get(kind).size() < counts[kind]) {
                return false;
            }
        }
        return true;
    }

    private boolean startedBefore(int i, LocalDate day) {
        return org.contractsAt(i).stream().allMatch(c -> c.start().isBefore(day));
    }

    /**
     * Every contract of record {@code i} that is open or ends after the leaving day now ends on
     * it: a day within {@link #RECENT_DAYS} before the as-of date, not before any contract's
     * start. The record's field periods are cut off on that day too.
     */
    private Mutation.Leaver leave(int i, Map<Integer, Changes.Entry> changed) {
        SplittableRandom r = random(LEAVER, i);
        List<ContractRecord> before = org.contractsAt(i);
        LocalDate earliest = asOf.minusDays(RECENT_DAYS);
        for (ContractRecord c : before) {
            earliest = c.start().isAfter(earliest) ? c.start() : earliest;
        }
        long days = ChronoUnit.DAYS.between(earliest, asOf.minusDays(1));
        LocalDate end = earliest.plusDays(r.nextInt((int) days + 1));
        List<ContractRecord> after = new ArrayList<>(before.size());
        List<String> ended = new ArrayList<>();
        for (ContractRecord c : before) {
            if (c.end() == null || c.end().isAfter(end)) {
                after.add(new ContractRecord(c.employeeId(), c.contractId(), c.subcontractId(),
                        c.start(), end, c.fixedTerm(), c.orgUnitId(), c.orgUnitName(),
                        c.costCenterName(), c.functionId(), c.functionName(), c.functionNameEn(),
                        c.weekHours(), c.managerUserId(), c.managerName()));
                ended.add(c.key());
            } else {
                after.add(c);
            }
        }
        changed.put(i, new Changes.Entry(org.employeeAt(i), after,
                endBy(org.employeeUdfsAt(i), end), endBy(org.contractUdfsAt(i), end)));
        return new Mutation.Leaver(org.employeeAt(i).employeeId(), ended, end);
    }

    /** The periods of {@code rows} as they stand once everything ends on {@code end}. */
    private static List<UdfRecord> endBy(List<UdfRecord> rows, LocalDate end) {
        List<UdfRecord> out = new ArrayList<>(rows.size());
        for (UdfRecord u : rows) {
            if (u.end() != null && !u.end().isAfter(end)) {
                out.add(u);
            } else if (u.start() == null || !u.start().isAfter(end)) {
                out.add(new UdfRecord(u.employeeId(), u.contractId(), u.subcontractId(),
                        u.entityName(), u.fieldTypeId(), u.fieldName(), u.value(), u.listName(),
                        u.start(), end));
            }
        }
        return out;
    }

    /** One running contract of record {@code i} moves to a team none of its running contracts is in. */
    private Mutation.Mover move(int i, Map<Integer, Changes.Entry> changed) {
        SplittableRandom r = random(MOVER, i);
        List<ContractRecord> before = org.contractsAt(i);
        List<Integer> running = new ArrayList<>();
        Set<String> units = new HashSet<>();
        for (int k = 0; k < before.size(); k++) {
            if (before.get(k).activeOn(asOf)) {
                running.add(k);
                units.add(before.get(k).orgUnitId());
            }
        }
        int moved = running.get(r.nextInt(running.size()));
        int team;
        do {
            team = layout.firstTeam() + r.nextInt(layout.teams);
        } while (units.contains(layout.units.get(team).id()));
        List<ContractRecord> after = new ArrayList<>(before);
        ContractRecord from = before.get(moved);
        after.set(moved, contracts.move(from, team));
        changed.put(i, new Changes.Entry(org.employeeAt(i), after, org.employeeUdfsAt(i),
                org.contractUdfsAt(i)));
        return new Mutation.Mover(from.employeeId(), from.key(), from.orgUnitId(),
                layout.units.get(team).id());
    }

    /**
     * A new natural person with id {@code id}: one contract in a team, started within
     * {@link #RECENT_DAYS} before the as-of date, open or for a year; names redrawn until no
     * record (in {@code keys}) belongs to the same natural person.
     */
    private Mutation.Joiner join(int id, int ordinal, Set<String> keys, List<Changes.Entry> added) {
        if (id > LAST_ID) {
            throw new IllegalStateException("no six-digit employee id left for a joiner: " + id);
        }
        String employeeId = Integer.toString(id);
        SplittableRandom r = random(JOINER, ordinal);
        LocalDate start = asOf.minusDays(r.nextInt(RECENT_DAYS + 1));
        LocalDate end = r.nextInt(4) == 0 ? start.plusYears(1).minusDays(1) : null;
        int team = layout.firstTeam() + r.nextInt(layout.teams);
        EmployeeRecord e = null;
        for (int attempt = 0; e == null || !keys.add(naturalKey(e)); attempt++) {
            if (attempt == 1000) {
                throw new IllegalStateException("no new natural person found for joiner " + employeeId);
            }
            e = persons.employee(employeeId, r.split(), r.split(), false, start);
        }
        List<ContractRecord> hired = List.of(contracts.hire(employeeId, team, start, end, r));
        added.add(new Changes.Entry(e, hired, contracts.employeeUdfs(employeeId, hired, r.split()),
                contracts.contractUdfs(hired, r.split())));
        return new Mutation.Joiner(employeeId, hired.get(0).key(), hired.get(0).orgUnitId(), start);
    }

    /**
     * The natural person of a record as Roster's default aggregation sees it: initials, birth
     * name prefix, birth name, date of birth and gender, each lower case with diacritics folded
     * and only letters and digits kept.
     */
    static String naturalKey(EmployeeRecord e) {
        return fold(e.initials()) + '|' + fold(e.prefixBirthName()) + '|' + fold(e.birthName())
                + '|' + e.dateOfBirth() + '|' + fold(e.gender());
    }

    private static String fold(String text) {
        String plain = Normalizer.normalize(text.replace("Æ", "Ae").replace("æ", "ae")
                .replace("ı", "i"), Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(plain.length());
        for (int k = 0; k < plain.length(); k++) {
            char c = plain.charAt(k);
            if (Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A random source for one purpose and one record (or ordinal) of this mutation. */
    private SplittableRandom random(long purpose, long index) {
        long h = mix(mix(mix(mix(layout.seed) ^ seed) + generation) ^ purpose);
        return new SplittableRandom(mix(h + index * 0x9E3779B97F4A7C15L));
    }

    /** The finaliser of SplitMix64: a bijection that spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
