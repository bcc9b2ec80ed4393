package dev.roster.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.model.NamingConvention;
import dev.roster.model.Person;
import dev.roster.model.SourceContract;
import dev.roster.model.SourceRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonMapperTest {

    private final PersonMapper mapper = new PersonMapper(FieldMap.visma());

    private static SourceRecord jan(String startDate) {
        return new SourceRecord("100235", Map.of(
                "firstname", "Johannes Petrus", "nickname", "Jan", "initials", "J.P.",
                "prefixbirthname", "de", "birthname", "Vries", "partnername", "Bakker",
                "nameusage", "Eig./Part.", "businessemailaddress", "jan.devries@example.nl",
                "dateofbirth", "1984-06-21", "companyname", "Zorggroep Voorbeeld B.V."),
                List.of(new SourceContract("100235-1-1", Map.of("startdate", startDate, "enddate", "",
                        "orgunit", "OE-210", "orgunit.name", "Wijkteam Noord",
                        "functionname", "Senior verpleegkundige", "manager.employeeid", "100100",
                        "costcenter.code", "4100", "weekhoursfixed", "32.00"))));
    }

    @Test
    void mapsTheVismaColumnsToAPersonWithNameContractAndManager() {
        Person p = mapper.map(jan("2025-01-01"));

        assertThat(p.id()).isEqualTo("100235");
        assertThat(p.name().convention()).isEqualTo(NamingConvention.BP);
        assertThat(p.name().displayName()).isEqualTo("Jan de Vries - Bakker");
        assertThat(p.email()).isEqualTo("jan.devries@example.nl");
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1984, 6, 21));
        assertThat(p.contracts()).singleElement().satisfies(c -> {
            assertThat(c.departmentId()).isEqualTo("OE-210");
            assertThat(c.departmentName()).isEqualTo("Wijkteam Noord");
            assertThat(c.managerId()).isEqualTo("100100");
            assertThat(c.costCenter()).isEqualTo("4100");
            assertThat(c.hours()).isEqualByComparingTo(new BigDecimal("32"));
            assertThat(c.employer()).isEqualTo("Zorggroep Voorbeeld B.V.");
            assertThat(c.end()).isNull();
        });
    }

    @Test
    void aRecordWithAnUnreadableStartDateIsBlockedWithTheFieldAndTheOthersGoOn() {
        SourceRecord anna = new SourceRecord("100100", Map.of("birthname", "Jansen"), List.of());

        MappingResult result = mapper.map(List.of(jan("01-01-2025"), anna));

        assertThat(result.persons()).extracting(Person::id).containsExactly("100100");
        assertThat(result.blocked()).singleElement().hasToString(
                "record 100235 contract 100235-1-1, field startdate: '01-01-2025' is not a date (yyyy-MM-dd)");
    }

    @Test
    void aRecordWithoutFamilyNameIsBlocked() {
        MappingResult result = mapper.map(List.of(new SourceRecord("7", Map.of("firstname", "X"), List.of())));

        assertThat(result.persons()).isEmpty();
        assertThat(result.blocked()).singleElement()
                .isEqualTo(new Blocked("7", "birthname", "the family name is required"));
    }

    @Test
    void theFourVismaNameUsageLabelsGiveTheFourConventions() {
        assertThat(PersonMapper.convention("Eigen")).isEqualTo(NamingConvention.B);
        assertThat(PersonMapper.convention("Partner")).isEqualTo(NamingConvention.P);
        assertThat(PersonMapper.convention("Eig./Part.")).isEqualTo(NamingConvention.BP);
        assertThat(PersonMapper.convention("Part./eig.")).isEqualTo(NamingConvention.PB);
        assertThat(PersonMapper.convention("")).isEqualTo(NamingConvention.B);
    }
}
