package dev.roster.sim.hr;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Derives the employee record with index {@code i}, a pure function of the layout and i, and
 * draws the records of joiners from the random sources it is given.
 */
final class PersonFactory {

    private static final long PERSON = 10;
    private static final long RECORD = 11;

    private final Layout layout;
    private final Timeline timeline;

    PersonFactory(Layout layout, Timeline timeline) {
        this.layout = layout;
        this.timeline = timeline;
    }

    EmployeeRecord employee(int i) {
        Timeline.Kind kind = timeline.kind(i);
        LocalDate first = timeline.spans(i, kind).get(0).start();
        return employee(layout.employeeId(i), layout.random(timeline.personOf(i), PERSON),
                layout.random(i, RECORD), kind == Timeline.Kind.MANAGER, first);
    }

    /**
     * An employee record drawn from two random sources: {@code p} decides the natural person
     * (names, birth date), {@code r} this record (naming convention, contact data).
     *
     * @param firstStart the start of the record's first contract; the record was made shortly before
     */
    EmployeeRecord employee(String employeeId, SplittableRandom p, SplittableRandom r,
                            boolean manager, LocalDate firstStart) {
        Names.Given given = pick(p, Names.GIVEN);
        Names.Family own = pick(p, Names.FAMILY);
        Names.Family partner = p.nextInt(100) < 45 ? pick(p, Names.FAMILY) : null;
        if (own.equals(partner)) {
            partner = Names.FAMILY.get((Names.FAMILY.indexOf(own) + 1) % Names.FAMILY.size());
        }
        LocalDate born = layout.asOf.minusYears(18 + p.nextInt(48)).minusDays(p.nextInt(365));
        NameUsage usage = partner == null ? NameUsage.EIGEN : usage(r.nextInt(100));
        String initials = Names.initials(given.full());
        String ownName = Names.full(own.prefix(), own.name());
        String partnerName = partner == null ? "" : Names.full(partner.prefix(), partner.name());
        String formatted = formattedName(initials, usage, ownName, partnerName);
        String mailName = usage == NameUsage.PARTNER || usage == NameUsage.PARTNER_EIGEN
                ? partnerName : ownName;
        String email = Names.mailPart(given.nickname()) + "." + Names.mailPart(mailName) + "@"
                + Catalog.MAIL_DOMAIN;
        String created = firstStart.minusDays(1 + r.nextInt(30)) + "T08:15:00Z";
        Catalog.Place home = pick(r, Catalog.PLACES);
        return new EmployeeRecord(employeeId, created, initials, given.full(),
                given.nickname(), usage, own.name(), own.prefix(),
                partner == null ? "" : partner.name(), partner == null ? "" : partner.prefix(),
                formatted, born, given.gender(), manager, email,
                Names.mailPart(given.nickname() + own.name()) + (10 + r.nextInt(90)) + "@thuis.example",
                r.nextInt(10) < 6 ? "030-" + digits(r, 7) : "",
                r.nextInt(10) < 7 ? "06-" + digits(r, 8) : "",
                pick(r, Names.STREETS), Integer.toString(1 + r.nextInt(180)),
                (1000 + r.nextInt(9000)) + " " + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)),
                home.name());
    }

    /**
     * The {@code formattedname} column: initials, then the family names the convention uses.
     *
     * @param ownName     own family name with its prefix, "de Vries"
     * @param partnerName partner's family name with its prefix, or empty
     */
    static String formattedName(String initials, NameUsage usage, String ownName, String partnerName) {
        return initials + " " + switch (usage) {
            case EIGEN -> ownName;
            case PARTNER -> partnerName;
            case EIGEN_PARTNER -> ownName + " - " + partnerName;
            case PARTNER_EIGEN -> partnerName + " - " + ownName;
        };
    }

    private static NameUsage usage(int roll) {
        if (roll < 40) {
            return NameUsage.EIGEN;
        } else if (roll < 60) {
            return NameUsage.PARTNER;
        } else if (roll < 80) {
            return NameUsage.EIGEN_PARTNER;
        }
        return NameUsage.PARTNER_EIGEN;
    }

    static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static String digits(SplittableRandom r, int count) {
        StringBuilder sb = new StringBuilder(count);
        for (int k = 0; k < count; k++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }
}
