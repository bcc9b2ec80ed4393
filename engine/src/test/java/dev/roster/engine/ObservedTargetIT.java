package dev.roster.engine;

import static dev.roster.engine.LifecycleIT.DEPARTMENTS;
import static dev.roster.engine.LifecycleIT.contract;
import static dev.roster.engine.LifecycleIT.name;
import static dev.roster.engine.LifecycleIT.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.SearchScope;
import dev.roster.apply.ApplyReport;
import dev.roster.model.Action;
import dev.roster.model.Change;
import dev.roster.model.Person;
import dev.roster.model.Plan;
import dev.roster.model.Progress;
import dev.roster.model.TargetException;
import dev.roster.plan.PlanJson;
import dev.roster.plan.PlanText;
import dev.roster.sim.ad.EmbeddedDirectory;
import dev.roster.vault.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an administrator sees when the demo's directory target declares dep-OE-300 fully managed
 * and corrects drift of {@code title}: through the real planner and executor into the embedded
 * directory, with changes made by hand over LDAP in between.
 */
class ObservedTargetIT {

    static final String SERVICE = "OU=Service,DC=example,DC=test";
    static final String MANAGED = "CN=dep-OE-300," + DemoWorld.GROUPS;
    static final String UNMANAGED = "CN=dep-OE-210," + DemoWorld.GROUPS;

    @TempDir
    Path data;
    EmbeddedDirectory directory;
    Path config;

    final Person cook = person("101000", name("Kim", "", "Koster"),
            contract("101000-1", "OE-300", "2024-01-01", null, "Kok"));
    final Person nurse = person("101001", name("Noor", "", "Bakker"),
            contract("101001-1", "OE-210", "2024-01-01", null, "Verpleegkundige"));

    @BeforeEach
    void start() throws Exception {
        directory = EmbeddedDirectory.start(EmbeddedDirectory.Options.withPassword("ldap-test-secret"));
        directory.ensureOrganizationalUnit(DemoWorld.USERS);
        directory.ensureOrganizationalUnit(SERVICE);
        for (var d : DEPARTMENTS) {
            directory.ensureGroup("dep-" + d.id(), DemoWorld.GROUPS);
        }
        System.setProperty("ROSTER_DATA", data.toString());
        System.setProperty("ROSTER_DEMO_LDAP_URL", directory.ldapUrl());
        System.setProperty("ROSTER_DEMO_LDAP_PASSWORD", "ldap-test-secret");
        config = data.resolve("observed.yaml");
        Files.writeString(config, Files.readString(Path.of("..", "config", "demo.yaml"))
                .replace("    correlation: \"{person.id}\"\n", "    correlation: \"{person.id}\"\n"
                        + "    managedGroups: [ dep-OE-300 ]\n    thresholds: { revoke: 5 }\n")
                .replace("      title:              \"{contract.title}\"",
                        "      title:              { value: \"{contract.title}\", drift: true }"));
        DemoWorld.ensureOus(directory, RosterConfig.load(config));
    }

    @AfterEach
    void stop() {
        directory.close();
    }

    Engine engine() {
        return Engine.open(RosterConfig.load(config));
    }

    /** HR as of {@code day} stored, then the plan made; applied when {@code apply}. */
    Plan plan(String day, boolean apply, Person... persons) {
        try (Engine engine = engine()) {
            engine.vault().storeSnapshot(new Snapshot("hr", Instant.now(), LocalDate.parse(day), List.of(persons),
                    DEPARTMENTS, Map.of(), List.of()));
            Plan plan = engine.plan(LocalDate.parse(day));
            if (apply) {
                ApplyReport report = engine.apply(plan, Progress.NONE);
                assertThat(report.failures()).as("failures on %s", day).isEmpty();
            }
            return plan;
        }
    }

    String dn(String employeeId) throws Exception {
        try (LDAPConnection c = directory.connection()) {
            return c.searchForEntry(directory.baseDn(), SearchScope.SUB,
                    Filter.createEqualityFilter("employeeID", employeeId), "1.1").getDN();
        }
    }

    String attribute(String employeeId, String attribute) throws Exception {
        try (LDAPConnection c = directory.connection()) {
            return c.searchForEntry(directory.baseDn(), SearchScope.SUB,
                    Filter.createEqualityFilter("employeeID", employeeId), attribute).getAttributeValue(attribute);
        }
    }

    /** The members of a group as lower-case DNs. */
    TreeSet<String> members(String group) throws Exception {
        try (LDAPConnection c = directory.connection()) {
            String[] values = c.getEntry(group, "member").getAttributeValues("member");
            TreeSet<String> out = new TreeSet<>();
            for (String v : values == null ? new String[0] : values) {
                out.add(new DN(v).toNormalizedString());
            }
            return out;
        }
    }

    static String normalized(String dn) throws Exception {
        return new DN(dn).toNormalizedString();
    }

    /** As an administrator would: a service account made by hand, without an employeeID. */
    String serviceAccount(String name) throws Exception {
        DN dn = new DN(new RDN("cn", name), new DN(SERVICE));
        try (LDAPConnection c = directory.connection()) {
            c.add(new Entry(dn, List.of(new Attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                    new Attribute("sAMAccountName", name))));
        }
        return dn.toString();
    }

    void byHand(String dn, Modification modification) throws Exception {
        try (LDAPConnection c = directory.connection()) {
            c.modify(dn, modification);
        }
    }

    @Test
    void aStrangerAndAPersonWhoseRulesDoNotGiveAManagedGroupAreRemovedWhileAnUnmanagedGroupIsLeftAlone()
            throws Exception {
        plan("2026-03-02", true, cook, nurse);
        String stranger = serviceAccount("svc-backup");
        for (String member : List.of(dn("101001"), stranger)) {
            byHand(MANAGED, new Modification(ModificationType.ADD, "member", member));
        }
        for (String member : List.of(dn("101000"), stranger)) {
            byHand(UNMANAGED, new Modification(ModificationType.ADD, "member", member));
        }

        Plan plan = plan("2026-03-03", true, cook, nurse);

        assertThat(PlanText.render(plan)).contains(
                "revoke dep-OE-300 in ad from 101001  [managedGroups: group dep-OE-300 is fully managed;"
                        + " no rule gives it to this person]",
                "revoke dep-OE-300 in ad from " + stranger + " (not a Roster account)  [managedGroups: group dep-OE-300"
                        + " is fully managed; no rule gives it to " + stranger + ", which belongs to no person Roster"
                        + " manages]");
        assertThat(plan.actions()).hasSize(2);
        assertThat(PlanJson.read(PlanJson.write(plan))).isEqualTo(plan);
        assertThat(members(MANAGED)).containsExactly(normalized(dn("101000")));
        assertThat(members(UNMANAGED)).as("hand-added members of a group that is not fully managed stay")
                .containsExactlyInAnyOrder(normalized(dn("101000")), normalized(dn("101001")), normalized(stranger));
        assertThat(plan("2026-03-03", false, cook, nurse).actions()).as("converged").isEmpty();
        try (Engine engine = engine()) {
            assertThat(engine.vault().audit(20)).anySatisfy(e -> assertThat(e.detail())
                    .startsWith("revoke dep-OE-300 in ad from " + stranger + " (not a Roster account)"));
        }
    }

    @Test
    void anExcludedPersonsAccountIsNeitherRemovedFromAManagedGroupNorRead() throws Exception {
        plan("2026-03-02", true, cook, nurse);
        try (Engine engine = engine()) {
            engine.vault().exclude("101001", "anna.admin", "on long-term leave, keep access");
        }
        byHand(MANAGED, new Modification(ModificationType.ADD, "member", dn("101001")));
        byHand(dn("101001"), new Modification(ModificationType.REPLACE, "title", "Waarnemer"));

        assertThat(plan("2026-03-03", true, cook, nurse).actions()).isEmpty();
        assertThat(members(MANAGED)).contains(normalized(dn("101001")));
    }

    @Test
    void aMemberRemovedByHandFromAManagedGroupIsAddedAgain() throws Exception {
        plan("2026-03-02", true, cook, nurse);
        byHand(MANAGED, new Modification(ModificationType.DELETE, "member", dn("101000")));

        Plan plan = plan("2026-03-03", true, cook, nurse);

        assertThat(plan.actions()).singleElement().satisfies(a -> {
            assertThat(a.summary()).isEqualTo("grant dep-OE-300 in ad to 101000");
            assertThat(a.reason().because()).endsWith("; group dep-OE-300 is fully managed and this membership was"
                    + " removed by hand in ad, so it is granted again");
        });
        assertThat(members(MANAGED)).containsExactly(normalized(dn("101000")));
    }

    @Test
    void aTitleChangedByHandIsCorrectedAndADepartmentChangedByHandIsLeftAlone() throws Exception {
        plan("2026-03-02", true, cook, nurse);
        byHand(dn("101000"), new Modification(ModificationType.REPLACE, "title", "Chef-kok"));
        byHand(dn("101000"), new Modification(ModificationType.REPLACE, "department", "Keuken"));

        Plan plan = plan("2026-03-03", true, cook, nurse);

        assertThat(plan.actions()).singleElement().isInstanceOfSatisfying(Action.Update.class, u -> {
            assertThat(u.changes()).containsExactly(Map.entry("title", new Change("Chef-kok", "Kok")));
            assertThat(u.reason().because())
                    .isEqualTo("drift: title was changed by hand in ad and is set back to what the rules give");
        });
        assertThat(PlanText.render(plan)).contains("update ad account of 101000: title 'Chef-kok' -> 'Kok'  [staff: drift:");
        assertThat(attribute("101000", "title")).isEqualTo("Kok");
        assertThat(attribute("101000", "department")).as("no drift correction for department").isEqualTo("Keuken");
        assertThat(plan("2026-03-03", false, cook, nurse).actions()).isEmpty();
    }

    @Test
    void manyStrangersInAManagedGroupAreHeldByTheRevokeThresholdUntilApproved() throws Exception {
        plan("2026-03-02", true, cook, nurse);
        for (int i = 0; i < 6; i++) {
            byHand(MANAGED, new Modification(ModificationType.ADD, "member", serviceAccount("svc-" + i)));
        }

        ApplyReport report;
        try (Engine engine = engine()) {
            report = engine.apply(engine.plan(LocalDate.parse("2026-03-03")), Progress.NONE);
        }

        assertThat(report.breaches()).singleElement().asString().isEqualTo("ad: 6 revoke actions, over the limit of 5");
        assertThat(report.held()).hasSize(6).allMatch(a -> a instanceof Action.Revoke r && r.foreign());
        assertThat(members(MANAGED)).hasSize(7);
        try (Engine engine = engine()) {
            engine.approveRun(report.run(), java.util.Set.of("revoke"), "anna.admin",
                    "the old service accounts go, checked with the application owner", Progress.NONE);
        }
        assertThat(members(MANAGED)).containsExactly(normalized(dn("101000")));
    }

    @Test
    void aDirectoryThatCannotBeReadStopsThePlanWithoutARevoke() throws Exception {
        plan("2026-03-02", true, cook, nurse);
        try (Engine engine = engine()) {
            engine.plan(LocalDate.parse("2026-03-03"));
            directory.close();

            assertThatThrownBy(() -> engine.plan(LocalDate.parse("2026-03-03")))
                    .isInstanceOf(TargetException.class)
                    .hasMessageStartingWith("target ad: cannot read attributes with drift [title] and managedGroups"
                            + " [dep-OE-300], so nothing was planned: ad: observe the accounts below DC=example,DC=test failed:");
        }
    }
}
