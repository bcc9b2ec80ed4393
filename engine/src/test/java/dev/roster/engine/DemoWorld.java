package dev.roster.engine;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import dev.roster.sim.ad.EmbeddedDirectory;
import dev.roster.sim.visma.VismaSimulator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The demo's world for tests: a Visma.net HRM simulator and an embedded directory on free ports,
 * with the variables of config/demo.yaml set so the real demo configuration loads against them.
 */
final class DemoWorld implements AutoCloseable {

    static final String USERS = "OU=Employees,DC=example,DC=test";
    static final String GROUPS = "OU=Groups,DC=example,DC=test";

    final VismaSimulator visma;
    final EmbeddedDirectory directory;
    final LocalDate asOf;

    DemoWorld(int employees, long seed, LocalDate asOf, Path data) throws Exception {
        this.asOf = asOf;
        String tenant = "6f1c2c1e-0000-4a4a-9b9b-000000000042";
        visma = VismaSimulator.start(VismaSimulator.Options.defaults().withEmployees(employees).withSeed(seed)
                .withAsOf(asOf).withClient("roster-demo", "visma-test-secret", tenant));
        directory = EmbeddedDirectory.start(EmbeddedDirectory.Options.withPassword("ldap-test-secret"));
        directory.ensureOrganizationalUnit(USERS);
        directory.ensureOrganizationalUnit(GROUPS);
        for (var unit : visma.organisation().departments()) {
            directory.ensureGroup("dep-" + unit.id(), GROUPS);
        }
        System.setProperty("ROSTER_DATA", data.toString());
        System.setProperty("ROSTER_DEMO_VISMA_URL", visma.baseUrl());
        System.setProperty("ROSTER_DEMO_VISMA_TENANT", tenant);
        System.setProperty("ROSTER_DEMO_VISMA_SECRET", "visma-test-secret");
        System.setProperty("ROSTER_DEMO_LDAP_URL", directory.ldapUrl());
        System.setProperty("ROSTER_DEMO_LDAP_PASSWORD", "ldap-test-secret");
        ensureOus(directory, config());
    }

    /** Adds the OUs of target ad's ou table in {@code config}, as an administrator would before the first run. */
    static void ensureOus(EmbeddedDirectory directory, RosterConfig config) throws Exception {
        if (config.targets().get("ad").settings().get("ou") instanceof Map<?, ?> ou
                && ou.get("table") instanceof Map<?, ?> table) {
            for (Object dn : table.values()) {
                directory.ensureOrganizationalUnit(dn.toString());
            }
        }
    }

    /** The demo configuration of the repository, loaded as a user's would be. */
    RosterConfig config() {
        return RosterConfig.load(Path.of("..", "config", "demo.yaml"));
    }

    /** Every account under the users OU: employeeID to (enabled, sorted group names). */
    Map<String, Account> accounts() throws Exception {
        Map<String, Account> out = new TreeMap<>();
        try (LDAPConnection c = directory.connection()) {
            for (SearchResultEntry e : c.search(USERS, SearchScope.SUB, "(objectClass=user)",
                    "employeeID", "userAccountControl", "memberOf", "displayName", "sAMAccountName").getSearchEntries()) {
                TreeSet<String> groups = new TreeSet<>();
                String[] memberOf = e.getAttributeValues("memberOf");
                if (memberOf != null) {
                    for (String dn : memberOf) {
                        groups.add(new com.unboundid.ldap.sdk.DN(dn).getRDN().getAttributeValues()[0]);
                    }
                }
                int uac = e.getAttributeValueAsInteger("userAccountControl");
                out.put(e.getAttributeValue("employeeID"), new Account(e.getDN(), (uac & 2) == 0,
                        e.getAttributeValue("displayName"), e.getAttributeValue("sAMAccountName"), groups));
            }
        }
        return out;
    }

    record Expected(boolean enabled, TreeSet<String> groups) {
    }

    /**
     * The accounts the demo's rules should give, worked out from the generated organisation
     * independently of Roster: employee records of one natural person (same initials, birth name,
     * birth date and gender) make one person, known by the record whose contract started last; a
     * person with a running contract has an enabled account in the groups of the running contracts'
     * departments, one whose first contract starts within {@code createDaysBefore} days a disabled
     * account without groups.
     */
    Map<String, Expected> expectedAccounts(LocalDate day, int createDaysBefore) {
        var org = visma.organisation();
        Map<String, java.util.List<dev.roster.sim.hr.EmployeeRecord>> natural = new TreeMap<>();
        for (var e : org.employees()) {
            String key = String.join("|", e.initials(), e.prefixBirthName(), e.birthName(),
                    String.valueOf(e.dateOfBirth()), e.gender()).toLowerCase(java.util.Locale.ROOT);
            natural.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(e);
        }
        Map<String, Expected> out = new TreeMap<>();
        for (var records : natural.values()) {
            var contracts = records.stream().flatMap(r -> org.contractsOf(r.employeeId()).stream()).toList();
            if (contracts.isEmpty()) {
                continue;
            }
            String id = contracts.stream().max(java.util.Comparator.comparing(dev.roster.sim.hr.ContractRecord::start))
                    .orElseThrow().employeeId();
            TreeSet<String> groups = new TreeSet<>();
            contracts.stream().filter(c -> c.activeOn(day)).forEach(c -> groups.add("dep-" + c.orgUnitId()));
            boolean soon = contracts.stream().anyMatch(c -> c.start().isAfter(day)
                    && !c.start().isAfter(day.plusDays(createDaysBefore)));
            if (!groups.isEmpty()) {
                out.put(id, new Expected(true, groups));
            } else if (soon) {
                out.put(id, new Expected(false, new TreeSet<>()));
            }
        }
        return out;
    }

    record Account(String dn, boolean enabled, String displayName, String sAMAccountName, TreeSet<String> groups) {
    }

    @Override
    public void close() {
        directory.close();
        visma.close();
    }
}
