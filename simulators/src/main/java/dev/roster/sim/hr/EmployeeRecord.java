package dev.roster.sim.hr;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One employee record of the synthetic organisation (one row of the employees export). Strings
 * are never null; an absent value is the empty string. Several records can belong to one natural
 * person: they then share initials, birth name, date of birth and gender.
 *
 * @param employeeId   six-digit record number
 * @param created      when the record was created, the {@code existencestartutc} column
 * @param isManager    whether the record manages an organisation unit
 */
public record EmployeeRecord(
        String employeeId,
        String created,
        String initials,
        String firstName,
        String nickname,
        NameUsage nameUsage,
        String birthName,
        String prefixBirthName,
        String partnerName,
        String prefixPartnerName,
        String formattedName,
        LocalDate dateOfBirth,
        String gender,
        boolean isManager,
        String businessEmail,
        String homeEmail,
        String officePhone,
        String officeMobile,
        String homeStreet,
        String homeHouseNumber,
        String homeZipCode,
        String homeCity) {

    public EmployeeRecord {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(nameUsage, "nameUsage");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    }

    /** The key that HR aggregation uses to recognise one natural person across records. */
    public String naturalPersonKey() {
        return initials + "|" + birthName + "|" + dateOfBirth + "|" + gender;
    }
}
