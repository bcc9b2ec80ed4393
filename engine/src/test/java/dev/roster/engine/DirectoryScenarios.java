package dev.roster.engine;

import static dev.roster.engine.LifecycleIT.contract;
import static dev.roster.engine.LifecycleIT.name;
import static dev.roster.engine.LifecycleIT.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.DeleteRequest;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SubtreeDeleteRequestControl;
import dev.roster.apply.ApplyReport;
import dev.roster.model.Action;
import dev.roster.model.NamingConvention;
import dev.roster.model.Person;
import dev.roster.model.PersonName;
import dev.roster.model.Plan;
import dev.roster.model.Progress;
import dev.roster.vault.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Joiner, mover, name change, leaver and rehire over a sequence of dates, through the real
 * configuration, planner and executor into a directory, everything asserted by reading the
 * directory back as an administrator would. Accounts live in their department's OU
 * ({@code ou} by {@code contract.departmentId}), disabled ones are parked in a disabled-users OU.
 * A subclass supplies the directory: the embedded one, or a Samba 4 AD domain controller. The
 * scenarios own the OU {@value #ROOT_OU} below the base DN and empty it before each test, so a
 * persistent domain controller can be reused.
 */
abstract class DirectoryScenarios {

    static final String ROOT_OU = "Roster Scenarios";

    @TempDir
    Path data;
    Path config;

    /** @return the lines of the target's connection settings (url, trust, bind), indented by four */
    abstract String connection();

    /** @return the directory's base DN */
    abstract String baseDn();

    /** @return an administrator's connection for setting up and reading back; the subclass closes it */
    abstract LDAPConnection admin();

    DN root() throws LDAPException {
        return new DN(new RDN("OU", ROOT_OU), new DN(baseDn()));
    }

    DN ou(String... path) throws LDAPException {
        DN dn = root();
        for (int i = path.length - 1; i >= 0; i--) {
            dn = new DN(new RDN("OU", path[i]), dn);
        }
        return dn;
    }

    DN employees() throws LDAPException {
        return ou("Employees");
    }

    DN wijkteam() throws LDAPException {
        return ou("Wijkteam Noord", "Employees");
    }

    DN facilitair() throws LDAPException {
        return ou("Facilitair", "Employees");
    }

    DN disabled() throws LDAPException {
        return ou("Disabled Users");
    }

    @BeforeEach
    void prepare() throws Exception {
        DeleteRequest wipe = new DeleteRequest(root());
        wipe.addControl(new SubtreeDeleteRequestControl(true));
        try {
            admin().delete(wipe);
        } catch (LDAPException e) {
            if (e.getResultCode() != ResultCode.NO_SUCH_OBJECT) {
                throw e;
            }
        }
        for (DN ou : List.of(root(), employees(), wijkteam(), facilitair(), disabled(), ou("Groups"))) {
            admin().add(new Entry(ou, List.of(new Attribute("objectClass", "top", "organizationalUnit"),
                    new Attribute("ou", ou.getRDN().getAttributeValues()[0]))));
        }
        for (String group : List.of("dep-OE-210", "dep-OE-300")) {
            admin().add(new Entry(new DN(new RDN("CN", group), ou("Groups")), List.of(
                    new Attribute("objectClass", "top", "group"), new Attribute("cn", group),
                    new Attribute("sAMAccountName", group))));
        }
        config = data.resolve("roster.yaml");
        Files.writeString(config, """
                vault:
                  url: "jdbc:h2:file:%s/vault"
                  user: sa
                sources:
                  hr:
                    type: visma
                    tokenUrl: http://127.0.0.1:9/connect/token
                    apiUrl: http://127.0.0.1:9
                    tenantId: 00000000-0000-4000-8000-000000000001
                    clientId: scenarios
                    clientSecret: env:ROSTER_SCENARIOS_UNUSED
                targets:
                  ad:
                    type: active-directory
                %s
                    baseDn: "%s"
                    usersOu: "%s"
                    disabledOu: "%s"
                    groupsBaseDn: "%s"
                    ou:
                      value: "{contract.departmentId}"
                      table:
                        OE-210: "%s"
                        OE-300: "%s"
                    attributes:
                      cn:                "{person.displayName}"
                      sAMAccountName:    { value: "{person.callName|username}.{person.familyName|username}", on: create }
                      userPrincipalName: { value: "{person.callName|username}.{person.familyName|username}@example.test", on: create }
                      employeeID:        { value: "{person.id}", on: create }
                      givenName:         "{person.callName}"
                      sn:                "{person.familyName}"
                      displayName:       "{person.displayName}"
                      department:        "{contract.departmentName}"
                      title:             "{contract.title}"
                    lifecycle: { createDaysBefore: 14, enableDaysBefore: 0, disableDaysAfter: 0, deleteDaysAfter: 30 }
                rules:
                  - name: staff
                    target: ad
                    access: enabled
                    contractPermissions: [ "dep-{contract.departmentId}" ]
                """.formatted(data.toAbsolutePath(), connection().stripTrailing(), baseDn(), employees(), disabled(),
                ou("Groups"), wijkteam(), facilitair()));
    }

    /** HR as of {@code day}: the snapshot is stored, the plan for that day made and applied; returns the plan. */
    Plan day(String day, Person... persons) {
        try (Engine engine = Engine.open(RosterConfig.load(config))) {
            engine.vault().storeSnapshot(new Snapshot("hr", Instant.now(), LocalDate.parse(day), List.of(persons),
                    LifecycleIT.DEPARTMENTS, Map.of(), List.of()));
            Plan plan = engine.plan(LocalDate.parse(day));
            ApplyReport report = engine.apply(plan, Progress.NONE);
            assertThat(report.failures()).as("failures on %s", day).isEmpty();
            return plan;
        }
    }

    /** An account as an administrator sees it in the directory. */
    record Account(DN dn, String guid, boolean enabled, TreeSet<String> groups, String samAccountName,
            String displayName, String title, String description) {
        DN ou() {
            return dn.getParent();
        }

        String cn() {
            return dn.getRDN().getAttributeValues()[0];
        }
    }

    Optional<Account> account(String employeeId) throws LDAPException {
        List<SearchResultEntry> found = admin().search(baseDn(), SearchScope.SUB, Filter.createANDFilter(
                Filter.createEqualityFilter("objectClass", "user"), Filter.createEqualityFilter("employeeID", employeeId)),
                "objectGUID", "userAccountControl", "memberOf", "sAMAccountName", "displayName", "title",
                "description").getSearchEntries();
        assertThat(found).as("accounts with employeeID %s", employeeId).hasSizeLessThanOrEqualTo(1);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SearchResultEntry e = found.get(0);
        TreeSet<String> groups = new TreeSet<>();
        for (String dn : Optional.ofNullable(e.getAttributeValues("memberOf")).orElse(new String[0])) {
            groups.add(new DN(dn).getRDN().getAttributeValues()[0]);
        }
        return Optional.of(new Account(e.getParsedDN(), HexFormat.of().formatHex(e.getAttributeValueBytes("objectGUID")),
                (e.getAttributeValueAsLong("userAccountControl") & 2) == 0, groups, e.getAttributeValue("sAMAccountName"),
                e.getAttributeValue("displayName"), e.getAttributeValue("title"), e.getAttributeValue("description")));
    }

    @Test
    void aJoinerIsCreatedDisabledInTheDepartmentsOuAndEnabledThereOnTheFirstDay() throws Exception {
        Person zoe = person("710001", name("Zoë", "van der", "Çelik"),
                contract("710001-1-1", "OE-210", "2026-03-14", null, "Verpleegkundige"));

        Plan created = day("2026-02-28", zoe);
        Account before = account("710001").orElseThrow();
        assertThat(before.ou()).isEqualTo(wijkteam());
        assertThat(before.cn()).isEqualTo("Zoë van der Çelik");
        assertThat(before.samAccountName()).isEqualTo("zoe.vandercelik");
        assertThat(before.enabled()).isFalse();
        assertThat(before.groups()).isEmpty();
        String home = wijkteam().toString();
        assertThat(created.actions()).singleElement().isInstanceOfSatisfying(Action.Create.class,
                c -> assertThat(c.attributes()).containsEntry("ou", home));

        Plan enabled = day("2026-03-14", zoe);
        Account first = account("710001").orElseThrow();
        assertThat(first.guid()).isEqualTo(before.guid());
        assertThat(first.enabled()).isTrue();
        assertThat(first.ou()).isEqualTo(wijkteam());
        assertThat(first.groups()).containsExactly("dep-OE-210");
        assertThat(enabled.actions()).extracting(Action::summary).contains(
                "enable ad account of 710001 in " + wijkteam());

        assertThat(day("2026-03-15", zoe).isEmpty()).as("nothing left to do the day after").isTrue();
    }

    @Test
    void aMoverIsMovedToTheNewDepartmentsOuWithItsNameAndChangesGroups() throws Exception {
        Person jan = person("710002", name("Jan", "de", "Vries"),
                contract("710002-1-1", "OE-210", "2024-01-01", "2026-03-31", "Verpleegkundige"),
                contract("710002-1-2", "OE-300", "2026-04-01", null, "Teamleider"));

        day("2026-03-31", jan);
        Account before = account("710002").orElseThrow();
        assertThat(before.ou()).isEqualTo(wijkteam());
        assertThat(before.groups()).containsExactly("dep-OE-210");

        Plan move = day("2026-04-01", jan);
        Account after = account("710002").orElseThrow();
        assertThat(after.guid()).isEqualTo(before.guid());
        assertThat(after.ou()).isEqualTo(facilitair());
        assertThat(after.cn()).isEqualTo("Jan de Vries");
        assertThat(after.title()).isEqualTo("Teamleider");
        assertThat(after.groups()).containsExactly("dep-OE-300");
        assertThat(after.enabled()).isTrue();
        assertThat(move.actions()).filteredOn(a -> a instanceof Action.Update).singleElement()
                .extracting(Action::summary).asString()
                .contains("ou '" + wijkteam() + "' -> '" + facilitair() + "'", "title 'Verpleegkundige' -> 'Teamleider'");
    }

    @Test
    void aNameChangeRenamesTheAccountWhereItIsAndKeepsItsLogonName() throws Exception {
        Person anna = person("710003", name("Anna", "", "Jansen"),
                contract("710003-1-1", "OE-300", "2020-05-01", null, "Secretaresse"));
        Person married = person("710003", new PersonName("Anna", "", "", "", "Jansen", "", "Bakker", NamingConvention.P),
                contract("710003-1-1", "OE-300", "2020-05-01", null, "Secretaresse"));

        day("2026-03-01", anna);
        Account before = account("710003").orElseThrow();
        day("2026-03-02", married);

        Account after = account("710003").orElseThrow();
        assertThat(after.guid()).isEqualTo(before.guid());
        assertThat(after.dn()).isEqualTo(new DN(new RDN("CN", "Anna Bakker"), facilitair()));
        assertThat(after.displayName()).isEqualTo("Anna Bakker");
        assertThat(after.samAccountName()).as("written at creation only").isEqualTo("anna.jansen");
        assertThat(after.groups()).containsExactly("dep-OE-300");
    }

    @Test
    void aLeaverIsDisabledParkedAndStampedAndDeletedThirtyDaysLater() throws Exception {
        Person piet = person("710004", name("Piet", "", "Smit"),
                contract("710004-1-1", "OE-210", "2022-01-01", "2026-03-15", "Verzorgende"));

        day("2026-03-15", piet);
        assertThat(account("710004").orElseThrow().enabled()).isTrue();

        day("2026-03-16", piet);
        Account left = account("710004").orElseThrow();
        assertThat(left.enabled()).isFalse();
        assertThat(left.dn()).isEqualTo(new DN(new RDN("CN", "Piet Smit"), disabled()));
        assertThat(left.groups()).isEmpty();
        assertThat(left.description()).isEqualTo("Disabled by Roster on " + LocalDate.now()
                + ": staff: contract 710004-1-1 ended 2026-03-15; disabled 0 days after, on 2026-03-16;"
                + " deleted on 2026-04-15 (lifecycle of target ad)");

        day("2026-04-14", piet);
        assertThat(account("710004")).isPresent();
        day("2026-04-15", piet);
        assertThat(account("710004")).isEmpty();
    }

    @Test
    void aRehireIsEnabledAndBroughtBackToTheOuOfTheNewDepartment() throws Exception {
        Person kees = person("710005", name("Kees", "", "de Boer"),
                contract("710005-1-1", "OE-210", "2023-01-01", "2026-02-28", "Kok"));
        Person rehired = person("710005", name("Kees", "", "de Boer"),
                contract("710005-1-1", "OE-210", "2023-01-01", "2026-02-28", "Kok"),
                contract("710005-2-1", "OE-300", "2026-03-20", null, "Kok"));

        day("2026-02-28", kees);
        Account before = account("710005").orElseThrow();
        assertThat(before.ou()).isEqualTo(wijkteam());

        day("2026-03-01", kees);
        Account away = account("710005").orElseThrow();
        assertThat(away.enabled()).isFalse();
        assertThat(away.ou()).isEqualTo(disabled());

        Plan rehire = day("2026-03-20", rehired);
        Account back = account("710005").orElseThrow();
        assertThat(back.guid()).isEqualTo(before.guid());
        assertThat(back.enabled()).isTrue();
        assertThat(back.dn()).isEqualTo(new DN(new RDN("CN", "Kees de Boer"), facilitair()));
        assertThat(back.description()).as("Roster's stamp is removed").isNull();
        assertThat(back.groups()).containsExactly("dep-OE-300");
        assertThat(rehire.actions()).extracting(Action::summary).contains(
                "update ad account of 710005: department 'Wijkteam Noord' -> 'Facilitair' ou '" + wijkteam()
                        + "' -> '" + facilitair() + "'",
                "enable ad account of 710005 in " + facilitair());
    }
}
