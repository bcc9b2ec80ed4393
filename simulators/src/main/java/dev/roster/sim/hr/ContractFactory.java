package dev.roster.sim.hr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Derives the contracts and user-defined fields of employee record {@code i}, and makes the
 * contracts of joiners and movers.
 */
final class ContractFactory {

    private static final long PLACEMENT = 20;
    private static final long UDF = 21;

    private final Layout layout;
    private final Timeline timeline;
    private final String[] managerNames;
    private final String interimUserId;

    ContractFactory(Layout layout, Timeline timeline, PersonFactory persons, String interimUserId) {
        this.layout = layout;
        this.timeline = timeline;
        this.interimUserId = interimUserId;
        this.managerNames = new String[layout.units.size()];
        for (Layout.Unit u : layout.units) {
            managerNames[u.index()] = persons.employee(u.managerRecord()).formattedName();
        }
    }

    List<ContractRecord> contracts(int i) {
        Timeline.Kind kind = timeline.kind(i);
        SplittableRandom r = layout.random(i, PLACEMENT);
        String employeeId = layout.employeeId(i);
        List<ContractRecord> result = new ArrayList<>(2);
        int team = layout.firstTeam() + r.nextInt(layout.teams);
        Catalog.Function function = PersonFactory.pick(r, Catalog.FUNCTIONS);
        for (Timeline.Span s : timeline.spans(i, kind)) {
            Layout.Unit unit = layout.units.get(team);
            Catalog.Function f = function;
            int hours = 16 + 4 * r.nextInt(6);
            if (kind == Timeline.Kind.MANAGER) {
                unit = layout.units.get(layout.unitManagedBy(i));
                f = unit.index() == Layout.ROOT ? Catalog.BOARD
                        : unit.parent() == Layout.ROOT ? Catalog.DIVISION_HEAD : Catalog.TEAM_LEAD;
                hours = 36;
            } else if (s.subcontractId().equals("2")) {
                unit = layout.units.get(layout.firstTeam() + r.nextInt(layout.teams));
                f = PersonFactory.pick(r, Catalog.FUNCTIONS);
                hours = 4 + 4 * r.nextInt(3);
            }
            int boss = kind == Timeline.Kind.MANAGER ? unit.parent() : unit.index();
            String managerUserId = boss < 0 ? "" : layout.userIdOf(layout.units.get(boss).managerRecord());
            String managerName = boss < 0 ? "" : managerNames[boss];
            if (kind != Timeline.Kind.MANAGER && i % 97 == 50) {
                managerUserId = interimUserId;
                managerName = "Interim manager";
            }
            result.add(new ContractRecord(employeeId, s.contractId(), s.subcontractId(), s.start(),
                    s.end(), s.fixedTerm(), unit.id(), unit.name(), unit.costCenter().name(),
                    f.id(), f.name(), f.nameEn(), hours + ".00", managerUserId, managerName));
        }
        return result;
    }

    /**
     * A new contract of a staff member (not a manager) in team {@code team}, managed by the
     * team's manager, with a function and hours drawn from {@code r}.
     *
     * @param team an index into the layout's units, at or after its first team
     */
    ContractRecord hire(String employeeId, int team, LocalDate start, LocalDate end,
                        SplittableRandom r) {
        Layout.Unit unit = layout.units.get(team);
        Catalog.Function f = PersonFactory.pick(r, Catalog.FUNCTIONS);
        int hours = 16 + 4 * r.nextInt(6);
        return new ContractRecord(employeeId, "1", "1", start, end, end != null, unit.id(),
                unit.name(), unit.costCenter().name(), f.id(), f.name(), f.nameEn(), hours + ".00",
                layout.userIdOf(unit.managerRecord()), managerNames[team]);
    }

    /**
     * Contract {@code c} moved to team {@code team}: the unit, its cost center and its manager
     * change, everything else stays (a contract reporting to the interim manager keeps reporting
     * to the interim manager).
     */
    ContractRecord move(ContractRecord c, int team) {
        Layout.Unit unit = layout.units.get(team);
        boolean interim = c.managerUserId().equals(interimUserId);
        return new ContractRecord(c.employeeId(), c.contractId(), c.subcontractId(), c.start(),
                c.end(), c.fixedTerm(), unit.id(), unit.name(), unit.costCenter().name(),
                c.functionId(), c.functionName(), c.functionNameEn(), c.weekHours(),
                interim ? c.managerUserId() : layout.userIdOf(unit.managerRecord()),
                interim ? c.managerName() : managerNames[team]);
    }

    /** Employee fields "Vestiging" (with history, current period first) and "Badge nummer". */
    List<UdfRecord> employeeUdfs(int i, List<ContractRecord> contracts) {
        return employeeUdfs(layout.employeeId(i), contracts, layout.random(i, UDF));
    }

    /** The employee fields of record {@code id} with its {@code contracts}, drawn from {@code r}. */
    List<UdfRecord> employeeUdfs(String id, List<ContractRecord> contracts, SplittableRandom r) {
        LocalDate first = contracts.get(0).start();
        LocalDate last = contracts.stream().anyMatch(c -> c.end() == null) ? null
                : contracts.stream().map(ContractRecord::end).max(LocalDate::compareTo).orElseThrow();
        List<UdfRecord> rows = new ArrayList<>(3);
        Catalog.Place place = PersonFactory.pick(r, Catalog.PLACES);
        LocalDate moved = layout.asOf.minusDays(30 + r.nextInt(270));
        if (first.isBefore(moved.minusDays(60)) && last == null && r.nextInt(100) < 40) {
            Catalog.Place before = Catalog.PLACES.get((Catalog.PLACES.indexOf(place) + 1)
                    % Catalog.PLACES.size());
            rows.add(vestiging(id, place, moved, null));
            rows.add(vestiging(id, before, first, moved.minusDays(1)));
        } else {
            rows.add(vestiging(id, place, first, last));
        }
        if (r.nextBoolean()) {
            rows.add(new UdfRecord(id, "", "", "Employee", "2", "Badge nummer",
                    "B-" + (1000 + r.nextInt(9000)), "", first, null));
        }
        return rows;
    }

    private static UdfRecord vestiging(String id, Catalog.Place p, LocalDate start, LocalDate end) {
        return new UdfRecord(id, "", "", "Employee", "1", "Vestiging", p.code(), p.name(), start, end);
    }

    /** Contract fields "Locatie" (sometimes with history, current first) and "Budgetcode". */
    List<UdfRecord> contractUdfs(int i, List<ContractRecord> contracts) {
        return contractUdfs(contracts, layout.random(i, UDF + 1));
    }

    /** The fields of {@code contracts}, drawn from {@code r}. */
    List<UdfRecord> contractUdfs(List<ContractRecord> contracts, SplittableRandom r) {
        List<UdfRecord> rows = new ArrayList<>();
        for (ContractRecord c : contracts) {
            int place = r.nextInt(Catalog.PLACES.size());
            LocalDate moved = layout.asOf.minusDays(15 + r.nextInt(200));
            if (c.start().isBefore(moved.minusDays(30)) && c.end() == null && r.nextInt(4) == 0) {
                rows.add(locatie(c, place, moved, null));
                rows.add(locatie(c, (place + 3) % Catalog.PLACES.size(), c.start(), moved.minusDays(1)));
            } else {
                rows.add(locatie(c, place, c.start(), c.end()));
            }
            if (r.nextInt(10) < 3) {
                rows.add(new UdfRecord(c.employeeId(), c.contractId(), c.subcontractId(),
                        "SubContract", "2", "Budgetcode", Integer.toString(70000 + r.nextInt(9999)),
                        "", c.start(), c.end()));
            }
        }
        return rows;
    }

    private static UdfRecord locatie(ContractRecord c, int place, LocalDate start, LocalDate end) {
        Catalog.Place p = Catalog.PLACES.get(place);
        return new UdfRecord(c.employeeId(), c.contractId(), c.subcontractId(),
                "SubContractDepartment", "1", "Locatie", (place < 9 ? "L-0" : "L-") + (place + 1),
                p.name() + " Centrum", start, end);
    }
}
