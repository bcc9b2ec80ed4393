package dev.roster.sim.hr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the small tables: organisation units with history, cost centers, users. */
final class Structure {

    private Structure() {
    }

    /**
     * One row per current unit, in tree order, except the renamed team (an old and a new row)
     * and a unit closed two years ago (one ended row, at the end).
     */
    static List<OrgUnit> orgUnits(Layout layout, PersonFactory persons) {
        LocalDate base = LocalDate.of(layout.asOf.getYear() - 15, 1, 1);
        List<OrgUnit> rows = new ArrayList<>();
        for (Layout.Unit u : layout.units) {
            LocalDate start = u.parent() < 0 ? base : base.plusYears(u.parent() == Layout.ROOT ? 1 : 3);
            if (u.index() == layout.firstTeam() + Layout.RENAMED_TEAM) {
                LocalDate renamed = layout.renameDate();
                rows.add(row(layout, persons, u, Layout.RENAMED_OLD_NAME, Layout.RENAMED_OLD_NAME,
                        start, renamed.minusDays(1)));
                rows.add(row(layout, persons, u, u.name(), u.nameEn(), renamed, null));
            } else {
                rows.add(row(layout, persons, u, u.name(), u.nameEn(), start, null));
            }
        }
        Layout.Unit division = layout.units.get(1);
        String closedName = "Huize Avondrood";
        Layout.Unit closed = new Layout.Unit(-1, "OE-299", division.index(), closedName, closedName,
                "Afdeling", new CostCenter("4999", closedName, closedName), division.managerRecord());
        rows.add(row(layout, persons, closed, closedName, closedName, base, layout.asOf.minusYears(2)));
        return List.copyOf(rows);
    }

    private static OrgUnit row(Layout layout, PersonFactory persons, Layout.Unit u, String name,
                               String nameEn, LocalDate start, LocalDate end) {
        String parent = u.parent() < 0 ? "" : layout.units.get(u.parent()).id();
        String manager = persons.employee(u.managerRecord()).formattedName();
        return new OrgUnit(u.id(), parent, u.type(), name, nameEn, manager,
                layout.userIdOf(u.managerRecord()), u.costCenter().code(), u.costCenter().name(),
                start, end);
    }

    static List<CostCenter> costCenters(List<OrgUnit> units) {
        Map<String, CostCenter> byCode = new LinkedHashMap<>();
        for (OrgUnit u : units) {
            byCode.put(u.costCenterCode(), new CostCenter(u.costCenterCode(), u.costCenterName(),
                    u.costCenterCode().equals("1000") ? "Staff" : u.costCenterName()));
        }
        return List.copyOf(byCode.values());
    }

    /**
     * A user for each manager and for every fortieth record (linked to the record), and three
     * users linked to no employee: an application manager, an interim manager and a consultant.
     */
    static List<UserAccount> users(Layout layout, PersonFactory persons, String interimUserId) {
        List<UserAccount> users = new ArrayList<>();
        for (int i = 0; i < layout.size; i++) {
            if (layout.isManager(i) || i % 40 == 5) {
                EmployeeRecord e = persons.employee(i);
                users.add(new UserAccount(layout.userIdOf(i), e.businessEmail(), e.employeeId()));
            }
        }
        String domain = "@" + Catalog.MAIL_DOMAIN;
        users.add(new UserAccount(layout.userIdOf(-1), "functioneel.beheer" + domain, ""));
        users.add(new UserAccount(interimUserId, "interim.manager" + domain, ""));
        users.add(new UserAccount(layout.userIdOf(-3), "consultant@visma.example", ""));
        users.sort(Comparator.comparing(UserAccount::userId));
        return List.copyOf(users);
    }
}
