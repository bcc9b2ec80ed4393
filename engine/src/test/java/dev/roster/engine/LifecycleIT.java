package dev.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import dev.roster.apply.ApplyReport;
import dev.roster.model.Contract;
import dev.roster.model.Department;
import dev.roster.model.NamingConvention;
import dev.roster.model.Person;
import dev.roster.model.PersonName;
import dev.roster.model.Progress;
import dev.roster.sim.ad.EmbeddedDirectory;
import dev.roster.vault.Snapshot;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four processes of the mission over a sequence of dates, through the real planner and executor
 * into the embedded directory, with the demo configuration's lifecycle: created 14 days before the
 * first day, enabled on it, disabled the day after the last day, deleted 30 days later.
 */
class LifecycleIT {

    static final List<Department> DEPARTMENTS = List.of(new Department("OE-210", "Wijkteam Noord", "", ""),
            new Department("OE-300", "Facilitair", "", ""));

    @TempDir
    Path data;
    EmbeddedDirectory directory;
    Path config;

    @BeforeEach
    void start() throws Exception {
        directory = EmbeddedDirectory.start(EmbeddedDirectory.Options.withPassword("ldap-test-secret"));
        directory.ensureOrganizationalUnit(DemoWorld.USERS);
        directory.ensureOrganizationalUnit(DemoWorld.GROUPS);
        for (Department d : DEPARTMENTS) {
            directory.ensureGroup("dep-" + d.id(), DemoWorld.GROUPS);
        }
        System.setProperty("ROSTER_DATA", data.toString());
        System.setProperty("ROSTER_DEMO_LDAP_URL", directory.ldapUrl());
        System.setProperty("ROSTER_DEMO_LDAP_PASSWORD", "ldap-test-secret");
        config = Path.of("..", "config", "demo.yaml");
        DemoWorld.ensureOus(directory, RosterConfig.load(config));
    }

    @AfterEach
    void stop() {
        directory.close();
    }

    static Contract contract(String id, String dept, String start, String end, String title) {
        return new Contract(id, LocalDate.parse(start), end == null ? null : LocalDate.parse(end), dept,
                dept.equals("OE-210") ? "Wijkteam Noord" : "Facilitair", title, "", "", "", "Zorggroep", BigDecimal.TEN, Map.of());
    }

    static Person person(String id, PersonName name, Contract... contracts) {
        return new Person(id, name, "", null, "", Map.of(), List.of(contracts));
    }

    static PersonName name(String given, String prefix, String birth) {
        return new PersonName(given, "", "", prefix, birth, "", "", NamingConvention.B);
    }

    /** HR as of {@code day}: the snapshot is stored, then the plan for that day is made and applied. */
    ApplyReport day(String day, Path configFile, Person... persons) {
        try (Engine engine = Engine.open(RosterConfig.load(configFile))) {
            engine.vault().storeSnapshot(new Snapshot("hr", Instant.now(), LocalDate.parse(day), List.of(persons),
                    DEPARTMENTS, Map.of(), List.of()));
            ApplyReport report = engine.apply(engine.plan(LocalDate.parse(day)), Progress.NONE);
            assertThat(report.failures()).as("failures on %s", day).isEmpty();
            return report;
        }
    }

    record Account(String guid, boolean enabled, TreeSet<String> groups, String displayName, String mail) {
    }

    Optional<Account> account(String employeeId) throws Exception {
        try (LDAPConnection c = directory.connection()) {
            List<SearchResultEntry> found = c.search(directory.baseDn(), SearchScope.SUB,
                    Filter.createEqualityFilter("employeeID", employeeId), "objectGUID", "userAccountControl",
                    "memberOf", "displayName", "mail").getSearchEntries();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            SearchResultEntry e = found.get(0);
            TreeSet<String> groups = new TreeSet<>();
            for (String dn : Optional.ofNullable(e.getAttributeValues("memberOf")).orElse(new String[0])) {
                groups.add(new DN(dn).getRDN().getAttributeValues()[0]);
            }
            return Optional.of(new Account(java.util.HexFormat.of().formatHex(e.getAttributeValueBytes("objectGUID")),
                    (e.getAttributeValueAsInteger("userAccountControl") & 2) == 0, groups,
                    e.getAttributeValue("displayName"), e.getAttributeValue("mail")));
        }
    }

    @Test
    void aJoinerGetsADisabledAccountTwoWeeksAheadAndIsEnabledWithTheGroupOnTheFirstDay() throws Exception {
        Person zoe = person("100500", name("Zoë", "van der", "Çelik"),
                contract("100500-1-1", "OE-210", "2026-03-14", null, "Verpleegkundige"));

        day("2026-02-27", config, zoe);
        assertThat(account("100500")).isEmpty();

        day("2026-02-28", config, zoe);
        Account before = account("100500").orElseThrow();
        assertThat(before.enabled()).isFalse();
        assertThat(before.groups()).isEmpty();

        day("2026-03-14", config, zoe);
        Account first = account("100500").orElseThrow();
        assertThat(first.enabled()).isTrue();
        assertThat(first.groups()).containsExactly("dep-OE-210");
        assertThat(first.guid()).isEqualTo(before.guid());
        assertThat(first.mail()).isEqualTo("zoe.vandercelik@example.test");
    }

    @Test
    void aMoverGetsTheNewDepartmentsGroupAndLosesTheOldOneOnTheDayOfTheMove() throws Exception {
        Person jan = person("100600", name("Jan", "de", "Vries"),
                contract("100600-1-1", "OE-210", "2024-01-01", "2026-03-31", "Verpleegkundige"),
                contract("100600-1-2", "OE-300", "2026-04-01", null, "Teamleider"));

        day("2026-03-31", config, jan);
        assertThat(account("100600").orElseThrow().groups()).containsExactly("dep-OE-210");

        day("2026-04-01", config, jan);
        assertThat(account("100600").orElseThrow().groups()).containsExactly("dep-OE-300");
    }

    @Test
    void anUnmanagedGroupIsNotRevokedWhenTheRulesNoLongerGiveIt() throws Exception {
        Person jan = person("100610", name("Jan", "", "Bos"),
                contract("100610-1-1", "OE-210", "2024-01-01", "2026-03-31", "Verpleegkundige"),
                contract("100610-1-2", "OE-300", "2026-04-01", null, "Teamleider"));
        day("2026-03-31", config, jan);
        try (Engine engine = Engine.open(RosterConfig.load(config))) {
            assertThat(engine.vault().unmanage("ad", "100610", "dep-OE-210", "anna.admin", "keeps access during handover"))
                    .isTrue();
        }

        day("2026-04-01", config, jan);

        assertThat(account("100610").orElseThrow().groups()).containsExactly("dep-OE-210", "dep-OE-300");
    }

    @Test
    void aNameChangeUpdatesTheDisplayNameAndTheEmailOnlyWhereTheMappingSaysSo() throws Exception {
        Person anna = person("100700", name("Anna", "", "Jansen"),
                contract("100700-1-1", "OE-300", "2020-05-01", null, "Secretaresse"));
        Person married = person("100700", new PersonName("Anna", "", "", "", "Jansen", "", "Bakker", NamingConvention.P),
                contract("100700-1-1", "OE-300", "2020-05-01", null, "Secretaresse"));

        day("2026-03-01", config, anna);
        day("2026-03-02", config, married);

        Account kept = account("100700").orElseThrow();
        assertThat(kept.displayName()).isEqualTo("Anna Bakker");
        assertThat(kept.mail()).as("mail is written on create only in the demo").isEqualTo("anna.jansen@example.test");

        Path mailFollows = data.resolve("mail-follows.yaml");
        Files.writeString(mailFollows, Files.readString(config).replace(
                "mail:               { value: \"{person.callName|username}.{person.familyName|username}@example.test\", on: create }",
                "mail:               \"{person.callName|username}.{person.familyName|username}@example.test\""));
        day("2026-03-03", mailFollows, married);
        assertThat(account("100700").orElseThrow().mail()).isEqualTo("anna.bakker@example.test");
    }

    @Test
    void aLeaverIsDisabledTheDayAfterTheLastDayAndDeletedThirtyDaysLater() throws Exception {
        Person piet = person("100800", name("Piet", "", "Smit"),
                contract("100800-1-1", "OE-210", "2022-01-01", "2026-03-15", "Verzorgende"));

        day("2026-03-15", config, piet);
        assertThat(account("100800").orElseThrow().enabled()).isTrue();

        day("2026-03-16", config, piet);
        Account disabled = account("100800").orElseThrow();
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.groups()).isEmpty();
        try (LDAPConnection c = directory.connection()) {
            assertThat(c.searchForEntry(directory.baseDn(), SearchScope.SUB, Filter.createEqualityFilter("employeeID",
                    "100800"), "description").getAttributeValue("description"))
                    .startsWith("Disabled by Roster on ")
                    .endsWith(": staff: contract 100800-1-1 ended 2026-03-15; disabled 0 days after, on 2026-03-16;"
                            + " deleted on 2026-04-15 (lifecycle of target ad)");
        }

        day("2026-04-14", config, piet);
        assertThat(account("100800")).isPresent();

        day("2026-04-15", config, piet);
        assertThat(account("100800")).isEmpty();

        Person another = person("100801", name("Piet", "", "Smit"),
                contract("100801-1-1", "OE-300", "2026-04-01", null, "Kok"));
        day("2026-04-16", config, another);
        try (LDAPConnection c = directory.connection()) {
            assertThat(c.searchForEntry(directory.baseDn(), SearchScope.SUB,
                    Filter.createEqualityFilter("employeeID", "100801"), "sAMAccountName")
                    .getAttributeValue("sAMAccountName")).as("the deleted account's name stays reserved")
                    .isEqualTo("piet.smit2");
        }
    }

    @Test
    void aRehireBeforeTheDeleteDateReEnablesTheSameAccount() throws Exception {
        Person kees = person("100900", name("Kees", "", "de Boer"),
                contract("100900-1-1", "OE-300", "2023-01-01", "2026-02-28", "Kok"),
                contract("100900-2-1", "OE-210", "2026-03-20", null, "Kok"));

        day("2026-02-28", config, kees);
        Account before = account("100900").orElseThrow();

        day("2026-03-10", config, kees);
        assertThat(account("100900").orElseThrow().enabled()).isFalse();

        day("2026-03-20", config, kees);
        Account back = account("100900").orElseThrow();
        assertThat(back.enabled()).isTrue();
        assertThat(back.guid()).isEqualTo(before.guid());
        assertThat(back.groups()).containsExactly("dep-OE-210");
    }

    @Test
    void aThresholdBreachHoldsOnlyTheBreachingKindUntilApproved() throws Exception {
        Path limited = data.resolve("limited.yaml");
        Files.writeString(limited, Files.readString(config).replace("    lifecycle:\n",
                "    thresholds: { disable: 20% }\n    lifecycle:\n"));
        List<Person> staff = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            staff.add(person("2000" + (10 + i), name("Medewerker", "", "Nummer" + i), contract("2000" + (10 + i) + "-1",
                    "OE-210", "2024-01-01", i < 10 ? "2026-03-15" : null, "Verzorgende")));
        }
        day("2026-03-15", limited, staff.toArray(Person[]::new));
        List<Person> withJoiner = new java.util.ArrayList<>(staff);
        withJoiner.add(person("200099", name("Nieuw", "", "Collega"), contract("200099-1", "OE-300", "2026-03-16", null, "Kok")));

        ApplyReport report = day("2026-03-16", limited, withJoiner.toArray(Person[]::new));

        assertThat(report.breaches()).singleElement().asString()
                .isEqualTo("ad: 10 disable actions, over the limit of 20% of 20 managed accounts (4)");
        assertThat(report.held()).hasSize(10).allMatch(a -> a.verb().equals("disable"));
        assertThat(report.applied()).containsEntry("create", 1L).containsEntry("grant", 1L).containsEntry("revoke", 10L);
        assertThat(account("200010").orElseThrow().enabled()).as("held: still enabled").isTrue();
        assertThat(account("200099").orElseThrow().enabled()).as("the joiner went ahead").isTrue();

        try (Engine engine = Engine.open(RosterConfig.load(limited))) {
            ApplyReport approved = engine.approveRun(report.run(), java.util.Set.of("disable"), "anna.admin",
                    "ten leavers at the end of the project, checked with HR", Progress.NONE);
            assertThat(approved.applied()).containsEntry("disable", 10L);
            assertThat(engine.vault().audit(50)).anySatisfy(e -> assertThat(e.detail())
                    .contains("released [disable]: ten leavers at the end of the project"));
        }
        for (int i = 0; i < 10; i++) {
            assertThat(account("2000" + (10 + i)).orElseThrow().enabled()).isFalse();
        }
        assertThat(account("200020").orElseThrow().enabled()).isTrue();
    }

    @Test
    void aPersonMatchedByTheExcludeFilterOrExcludedByAnAdministratorKeepsTheirAccountUntouched() throws Exception {
        Path filtered = data.resolve("filtered.yaml");
        Files.writeString(filtered, Files.readString(config).replace("\nrules:\n",
                "\nexclude:\n  all:\n    - { field: person.field.Uitzondering, equals: \"ja\" }\n\nrules:\n"));
        Contract ends = contract("100950-1", "OE-210", "2024-01-01", "2026-03-10", "Arts");
        Person lotte = person("100950", name("Lotte", "", "Visser"), ends);
        Person flagged = new Person("100950", lotte.name(), "", null, "", Map.of("Uitzondering", "ja"), List.of(ends));
        Person bram = person("100951", name("Bram", "", "Mulder"), contract("100951-1", "OE-210", "2024-01-01", "2026-03-10", "Arts"));

        day("2026-03-01", filtered, lotte, bram);
        try (Engine engine = Engine.open(RosterConfig.load(filtered))) {
            engine.vault().exclude("100951", "anna.admin", "on long-term leave, keep access");
        }
        day("2026-03-20", filtered, flagged, bram);

        assertThat(account("100950").orElseThrow().enabled()).as("matched by the filter").isTrue();
        assertThat(account("100951").orElseThrow().enabled()).as("excluded by an administrator").isTrue();
        assertThat(account("100951").orElseThrow().groups()).containsExactly("dep-OE-210");

        try (Engine engine = Engine.open(RosterConfig.load(filtered))) {
            engine.vault().include("100951", "anna.admin", "back");
        }
        day("2026-03-21", filtered, flagged, bram);
        assertThat(account("100951").orElseThrow().enabled()).as("included again: the rules apply").isFalse();
        assertThat(account("100950").orElseThrow().enabled()).isTrue();
    }

    @Test
    void theManagerAttributePointsAtTheManagersAccountCreatedFirstInTheSamePlan() throws Exception {
        Person report = person("100005", name("Tim", "", "Kramer"), new Contract("100005-1", LocalDate.parse("2024-01-01"),
                null, "OE-210", "Wijkteam Noord", "Verzorgende", "100010", "", "", "Zorggroep", BigDecimal.TEN, Map.of()));
        Person boss = person("100010", name("Eva", "", "Meijer"),
                contract("100010-1", "OE-210", "2020-01-01", null, "Teamleider"));
        Person orphan = person("100020", name("Ruud", "", "Dekker"), new Contract("100020-1", LocalDate.parse("2024-01-01"),
                null, "OE-210", "Wijkteam Noord", "Kok", "999999", "", "", "Zorggroep", BigDecimal.TEN, Map.of()));

        day("2026-03-02", config, report, boss, orphan);

        try (LDAPConnection c = directory.connection()) {
            String bossDn = c.searchForEntry(directory.baseDn(), SearchScope.SUB,
                    Filter.createEqualityFilter("employeeID", "100010")).getDN();
            assertThat(c.searchForEntry(directory.baseDn(), SearchScope.SUB, Filter.createEqualityFilter("employeeID",
                    "100005"), "manager").getAttributeValue("manager")).isEqualToIgnoringCase(bossDn);
            assertThat(c.searchForEntry(directory.baseDn(), SearchScope.SUB, Filter.createEqualityFilter("employeeID",
                    "100020"), "manager").getAttributeValue("manager")).as("a manager without account").isNull();
        }
        try (Engine engine = Engine.open(RosterConfig.load(config))) {
            assertThat(engine.plan(LocalDate.parse("2026-03-02")).actions()).as("converged").isEmpty();
        }
    }
}
