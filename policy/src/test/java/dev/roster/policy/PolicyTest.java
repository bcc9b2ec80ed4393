package dev.roster.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.ConfigException;
import dev.roster.model.Contract;
import dev.roster.model.NamingConvention;
import dev.roster.model.Person;
import dev.roster.model.PersonName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    static Contract contract(String id, String dept, LocalDate start, LocalDate end, int hours) {
        return new Contract(id, start, end, dept, "Team " + dept, "Verpleegkundige", "", "", "", "",
                BigDecimal.valueOf(hours), Map.of());
    }

    static Person person(String id, Contract... contracts) {
        return new Person(id, new PersonName("Zoë", "", "Z.", "van der", "Çelik", "", "", NamingConvention.B),
                "zoe@example.nl", null, "V", Map.of("Vestiging", "AMF"), List.of(contracts));
    }

    static Policy policy() {
        TargetPolicy ad = new TargetPolicy("ad", Template.parse("t", "{person.id}"), Map.of(
                "sAMAccountName", new AttributeRule(Template.parse("t",
                        "{person.callName|username}.{person.familyName|username}"), true),
                "displayName", new AttributeRule(Template.parse("t", "{person.displayName}"), false),
                "department", new AttributeRule(Template.parse("t", "{contract.departmentName}"), false),
                "physicalDeliveryOfficeName", new AttributeRule(Template.parse("t", "{person.field.Vestiging}"), false)));
        Rule staff = new Rule("staff", "ad", true, List.of("all-staff"),
                List.of(Template.parse("t", "dep-{contract.departmentId}")));
        return new Policy(List.of(staff), Map.of("ad", ad));
    }

    @Test
    void aPersonWithActiveContractsGetsAnEnabledAccountAndAGroupPerDepartment() {
        Person p = person("100235",
                contract("c1", "OE-210", TODAY.minusYears(1), null, 24),
                contract("c2", "OE-300", TODAY.minusDays(10), TODAY.plusDays(30), 32),
                contract("c3", "OE-999", TODAY.minusYears(3), TODAY.minusYears(2), 36));

        DesiredAccount a = policy().evaluate(List.of(p), TODAY).in("ad").get("100235");

        assertThat(a.enabled()).isTrue();
        assertThat(a.correlationId()).isEqualTo("100235");
        assertThat(a.attributes()).containsEntry("sAMAccountName", "zoe.vandercelik")
                .containsEntry("displayName", "Zoë van der Çelik")
                .containsEntry("department", "Team OE-300")
                .containsEntry("physicalDeliveryOfficeName", "AMF");
        assertThat(a.createOnly()).containsExactly("sAMAccountName");
        assertThat(a.permissions()).containsOnlyKeys("all-staff", "dep-OE-210", "dep-OE-300");
        assertThat(a.permissions().get("dep-OE-300").toString())
                .isEqualTo("staff: contract c2 in Team OE-300 (OE-300) runs from 2026-02-19 to 2026-03-31");
    }

    @Test
    void aPersonWhoseContractEndedHasADisabledAccountAndOneStillToStartNone() {
        Person ended = person("1", contract("c", "OE-1", TODAY.minusYears(1), TODAY.minusDays(1), 36));
        Person future = person("2", contract("c", "OE-1", TODAY.plusDays(1), null, 36));
        Person none = person("3");

        DesiredState state = policy().evaluate(List.of(ended, future, none), TODAY);
        assertThat(state.count()).isEqualTo(1);
        DesiredAccount a = state.in("ad").get("1");
        assertThat(a.state()).isEqualTo(AccountState.ENDED);
        assertThat(a.enabled()).isFalse();
        assertThat(a.permissions()).isEmpty();
        assertThat(a.attributes()).containsEntry("department", "Team OE-1");
    }

    @Test
    void aRuleIncludingSubDepartmentsNeedsTheTree() {
        Policy p = People.policy("{ targets: { ad: {} }, rules: [ { name: s, target: ad, "
                + "when: { field: contract.departmentId, equals: OE-200, includeSubDepartments: true } } ] }");
        assertThat(p.needsDepartments()).isTrue();
        assertThatThrownBy(() -> p.evaluate(List.of(), TODAY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void templatesFoldDiacriticsAndLigaturesForUserNames() {
        assertThat(Filters.username("d'Hondt-Ærts Øster")).isEqualTo("dhondt-aertsoster");
        assertThat(Template.parse("t", "{person.callName|first|lower}{{}x{}}").render(
                new Values(person("1"), null))).isEqualTo("z{x}");
    }

    @Test
    void aTemplateNamingAnUnknownValueIsRefusedWithTheSetting() {
        assertThatThrownBy(() -> Template.parse("targets.ad.attributes.mail", "{person.mail}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("targets.ad.attributes.mail: unknown value 'person.mail'");
        assertThatThrownBy(() -> Template.parse("x", "{person.id|shout}"))
                .hasMessageStartingWith("x: unknown filter 'shout'");
    }
}
