package dev.roster.sim.hr;

import dev.roster.sim.hr.Mutation.NameChange.Reason;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Changes the name of an employee record the way Dutch names change: a marriage adds the
 * partner's name, a divorce drops it, a person picks another naming convention, or goes by the
 * first given name instead of the nickname. Each change alters what a display name such as
 * "{call name} {family name as used}" shows, and none touches what identifies the natural person
 * (initials, birth name and prefix, date of birth, gender). The business e-mail address stays:
 * mailboxes are not renamed by HR.
 */
final class NameChanges {

    private static final List<NameUsage> WITH_PARTNER = List.of(NameUsage.PARTNER,
            NameUsage.EIGEN_PARTNER, NameUsage.PARTNER_EIGEN);

    private NameChanges() {
    }

    /** One of the changes possible for {@code e}, drawn from {@code r}. */
    static Mutation.NameChange change(EmployeeRecord e, SplittableRandom r) {
        boolean partner = !e.partnerName().isEmpty();
        List<Reason> possible = new ArrayList<>(4);
        if (!partner) {
            possible.add(Reason.MARRIAGE);
        } else {
            if (e.nameUsage() != NameUsage.EIGEN) {
                possible.add(Reason.DIVORCE);
            }
            possible.add(Reason.CONVENTION);
        }
        if (!firstGivenName(e).equals(e.nickname())) {
            possible.add(Reason.CALL_NAME);
        }
        Reason reason = possible.get(r.nextInt(possible.size()));
        EmployeeRecord after = switch (reason) {
            case MARRIAGE -> {
                Names.Family own = new Names.Family(e.prefixBirthName(), e.birthName());
                Names.Family other = PersonFactory.pick(r, Names.FAMILY);
                if (other.equals(own)) {
                    other = Names.FAMILY.get((Names.FAMILY.indexOf(other) + 1) % Names.FAMILY.size());
                }
                yield renamed(e, e.nickname(), PersonFactory.pick(r, WITH_PARTNER), other.prefix(),
                        other.name());
            }
            case DIVORCE -> renamed(e, e.nickname(), NameUsage.EIGEN, "", "");
            case CONVENTION -> {
                List<NameUsage> others = new ArrayList<>(List.of(NameUsage.values()));
                others.remove(e.nameUsage());
                yield renamed(e, e.nickname(), PersonFactory.pick(r, others), e.prefixPartnerName(),
                        e.partnerName());
            }
            case CALL_NAME -> renamed(e, firstGivenName(e), e.nameUsage(), e.prefixPartnerName(),
                    e.partnerName());
        };
        return new Mutation.NameChange(reason, e, after);
    }

    private static String firstGivenName(EmployeeRecord e) {
        int space = e.firstName().indexOf(' ');
        return space < 0 ? e.firstName() : e.firstName().substring(0, space);
    }

    private static EmployeeRecord renamed(EmployeeRecord e, String nickname, NameUsage usage,
                                          String partnerPrefix, String partnerName) {
        String formatted = PersonFactory.formattedName(e.initials(), usage,
                Names.full(e.prefixBirthName(), e.birthName()),
                partnerName.isEmpty() ? "" : Names.full(partnerPrefix, partnerName));
        return new EmployeeRecord(e.employeeId(), e.created(), e.initials(), e.firstName(), nickname,
                usage, e.birthName(), e.prefixBirthName(), partnerName, partnerPrefix, formatted,
                e.dateOfBirth(), e.gender(), e.isManager(), e.businessEmail(), e.homeEmail(),
                e.officePhone(), e.officeMobile(), e.homeStreet(), e.homeHouseNumber(),
                e.homeZipCode(), e.homeCity());
    }
}
