package dev.roster.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.model.AccountRef;
import dev.roster.model.Action;
import dev.roster.model.Change;
import dev.roster.model.Ledger;
import dev.roster.model.LedgerEntry;
import dev.roster.model.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The ledger tests of {@link VaultContract}, for every database. */
interface LedgerContract {
    Reason WHY = new Reason("employees", "contract 1-1 runs since 2025-01-01");
    AccountRef REF = new AccountRef("guid-1");

    Vault vault();

    static Action.Create create(String person, boolean enabled) {
        return new Action.Create("ad", person, person, new TreeMap<>(Map.of("sAMAccountName", "jdevries",
                "mail", "j.devries@example.org")), enabled, WHY);
    }

    /** A create of {@code person} with exactly these attributes: what the target wrote. */
    static Action.Create create(String person, boolean enabled, Map<String, String> attributes) {
        return new Action.Create("ad", person, person, new TreeMap<>(attributes), enabled, WHY);
    }

    static LedgerEntry entry(boolean enabled, Map<String, String> attributes, Set<String> permissions) {
        return new LedgerEntry("ad", "p1", REF, enabled, attributes, permissions);
    }

    @Test
    default void createStoresTheCreatesAttributesAndNothingElse() {
        vault().record(create("p1", false), REF);

        assertThat(vault().find("ad", "p1")).contains(entry(false,
                Map.of("sAMAccountName", "jdevries", "mail", "j.devries@example.org"), Set.of()));
        assertThat(vault().find("ad", "p2")).isEmpty();
        assertThat(vault().find("nedap", "p1")).isEmpty();
    }

    @Test
    default void theLedgerReadWholeKeepsAValueManyAccountsShareOnceAndEachAccountsOwnAsItIs() {
        for (String person : List.of("p1", "p2", "p3")) {
            vault().record(create(person, true, Map.of("department", "Finance", "sAMAccountName", "user." + person)),
                    new AccountRef("guid-" + person));
            vault().record(new Action.Grant("ad", person, "CN=Finance,OU=Groups", WHY), new AccountRef("guid-" + person));
        }

        Map<String, LedgerEntry> ledger = vault().ledger("ad");

        assertThat(ledger.keySet()).containsExactly("p1", "p2", "p3");
        assertThat(ledger.get("p3").attributes()).isEqualTo(Map.of("department", "Finance", "sAMAccountName", "user.p3"));
        assertThat(ledger.get("p3").permissions()).containsExactly("CN=Finance,OU=Groups");
        assertThat(ledger.get("p1").attributes().get("department")).as("one department, kept once")
                .isSameAs(ledger.get("p2").attributes().get("department"))
                .isSameAs(ledger.get("p3").attributes().get("department"));
        assertThat(ledger.get("p1").permissions().iterator().next())
                .isSameAs(ledger.get("p3").permissions().iterator().next());
    }

    @Test
    default void recordCreatedStoresWhatTheTargetWrote() {
        vault().record(create("p1", true, Map.of("sAMAccountName", "jdevries2")), REF);

        assertThat(vault().find("ad", "p1")).contains(
                entry(true, Map.of("sAMAccountName", "jdevries2"), Set.of()));
    }

    @Test
    default void createReplacesAnEarlierEntryAndItsPermissions() {
        vault().record(create("p1", true), new AccountRef("old-guid"));
        vault().record(new Action.Grant("ad", "p1", "staff", WHY), new AccountRef("old-guid"));

        vault().record(create("p1", false, Map.of("cn", "Jo")), REF);

        assertThat(vault().find("ad", "p1")).contains(entry(false, Map.of("cn", "Jo"), Set.of()));
    }

    @Test
    default void updateSetsAndRemovesAttributes() {
        vault().record(create("p1", true), REF);
        var changes = new TreeMap<String, Change>(Map.of(
                "mail", new Change("j.devries@example.org", "jo@example.org"),
                "title", new Change(null, "Engineer")));
        changes.put("sAMAccountName", new Change("jdevries", null));

        vault().record(new Action.Update("ad", "p1", changes, WHY), REF);
        vault().record(new Action.Update("ad", "p1", changes, WHY), REF);

        assertThat(vault().find("ad", "p1")).contains(entry(true,
                Map.of("mail", "jo@example.org", "title", "Engineer"), Set.of()));
    }

    @Test
    default void enableAndDisableSetTheFlag() {
        vault().record(create("p1", false), REF);

        vault().record(new Action.Enable("ad", "p1", WHY), REF);
        assertThat(vault().find("ad", "p1").orElseThrow().enabled()).isTrue();
        vault().record(new Action.Disable("ad", "p1", WHY), REF);
        vault().record(new Action.Disable("ad", "p1", WHY), REF);
        assertThat(vault().find("ad", "p1").orElseThrow().enabled()).isFalse();
        assertThat(vault().find("ad", "p1").orElseThrow().attributes()).containsKey("mail");
    }

    @Test
    default void grantsAreIdempotentAndRevokeRemovesOne() {
        vault().record(create("p1", true), REF);
        for (String group : List.of("staff", "finance", "staff")) {
            vault().record(new Action.Grant("ad", "p1", group, WHY), REF);
        }
        vault().record(new Action.Revoke("ad", "p1", "finance", WHY), REF);
        vault().record(new Action.Revoke("ad", "p1", "never-granted", WHY), REF);

        assertThat(vault().find("ad", "p1").orElseThrow().permissions()).containsExactly("staff");
    }

    /** p1 with account {@link #REF}, p2 with the returned one and permission finance; the ledger read once. */
    private AccountRef twoAccountsRead() {
        AccountRef other = new AccountRef("guid-2");
        vault().record(create("p1", true), REF);
        vault().record(create("p2", true), other);
        vault().record(new Action.Grant("ad", "p2", "finance", WHY), other);
        assertThat(vault().ledger("ad").get("p2").permissions()).containsExactly("finance");
        return other;
    }

    @Test
    default void recordAllLeavesTheLedgerAsRecordingEachDoes() {
        AccountRef other = twoAccountsRead();

        vault().recordAll(List.of(
                new Ledger.Done(new Action.Grant("ad", "p1", "staff", WHY), REF),
                new Ledger.Done(new Action.Grant("ad", "p2", "staff", WHY), other),
                new Ledger.Done(new Action.Revoke("ad", "p2", "finance", WHY), other),
                new Ledger.Done(new Action.Revoke("ad", new dev.roster.model.ForeignAccount(REF,
                        "CN=p1,DC=example,DC=test"), "staff", WHY), REF),
                new Ledger.Done(new Action.Disable("ad", "p2", WHY), other)));

        assertThat(vault().find("ad", "p1").orElseThrow().permissions()).containsExactly("staff");
        assertThat(vault().find("ad", "p2")).contains(new LedgerEntry("ad", "p2", other, false,
                Map.of("sAMAccountName", "jdevries", "mail", "j.devries@example.org"), Set.of("staff")));
        assertThat(vault().ledger("ad").get("p2").permissions()).containsExactly("staff");
        assertThat(vault().ledger("ad").get("p1").permissions()).containsExactly("staff");
        assertThat(vault().account("ad", "p2")).contains(other);
        assertThat(vault().managedAccounts("ad")).isEqualTo(2);
        assertThat(vault().managedAccounts("nedap")).isZero();
        assertThat(vault().account("ad", "p3")).isEmpty();
        assertThat(vault().account("nedap", "p1")).isEmpty();
    }

    @Test
    default void recordAllOfGrantsAndRevokesKeepsTheirOrderForOnePermissionOfOnePerson() {
        AccountRef other = twoAccountsRead();

        vault().recordAll(List.of(
                new Ledger.Done(new Action.Grant("ad", "p1", "staff", WHY), REF),
                new Ledger.Done(new Action.Grant("ad", "p1", "vpn", WHY), REF),
                new Ledger.Done(new Action.Grant("ad", "p2", "staff", WHY), other),
                new Ledger.Done(new Action.Grant("ad", "p2", "finance", WHY), other),
                new Ledger.Done(new Action.Revoke("ad", "p2", "never-granted", WHY), other)));
        assertThat(vault().ledger("ad").get("p1").permissions()).containsExactlyInAnyOrder("staff", "vpn");
        assertThat(vault().ledger("ad").get("p2").permissions()).containsExactlyInAnyOrder("staff", "finance");

        vault().recordAll(List.of(
                new Ledger.Done(new Action.Revoke("ad", "p1", "vpn", WHY), REF),
                new Ledger.Done(new Action.Grant("ad", "p1", "vpn", WHY), REF),
                new Ledger.Done(new Action.Revoke("ad", "p2", "staff", WHY), other),
                new Ledger.Done(new Action.Grant("ad", "p2", "staff", WHY), other),
                new Ledger.Done(new Action.Revoke("ad", "p2", "staff", WHY), other)));
        assertThat(vault().find("ad", "p1").orElseThrow().permissions()).containsExactlyInAnyOrder("staff", "vpn");
        assertThat(vault().find("ad", "p2").orElseThrow().permissions()).containsExactly("finance");
        assertThat(vault().ledger("ad").get("p2").permissions()).containsExactly("finance");
    }

    @Test
    default void recordAllOfCreatesReplacesEachPersonsEntryAsACreateDoes() {
        AccountRef other = twoAccountsRead();
        AccountRef third = new AccountRef("guid-3");

        vault().recordAll(List.of(new Ledger.Done(create("p2", false), third),
                new Ledger.Done(create("p3", true), third)));
        assertThat(vault().find("ad", "p2")).contains(new LedgerEntry("ad", "p2", third, false,
                Map.of("sAMAccountName", "jdevries", "mail", "j.devries@example.org"), Set.of()));
        assertThat(vault().ledger("ad")).containsOnlyKeys("p1", "p2", "p3");
        assertThat(vault().ledger("ad").get("p2").account()).isEqualTo(third);

        vault().recordAll(List.of(new Ledger.Done(create("p4", false), other),
                new Ledger.Done(new Action.Grant("ad", "p4", "staff", WHY), other),
                new Ledger.Done(create("p4", true), third)));
        assertThat(vault().find("ad", "p4").orElseThrow().account()).as("in order: the later create").isEqualTo(third);
        assertThat(vault().find("ad", "p4").orElseThrow().permissions()).isEmpty();
        assertThat(vault().ledger("ad").get("p4").enabled()).isTrue();
    }

    @Test
    default void recordAllOfCreatesRemovesPermissionsKeptWithoutAnEntryAndOnlyInItsOwnTarget() {
        AccountRef other = twoAccountsRead();
        vault().record(new Action.Grant("ad", "p5", "staff", WHY), REF);
        vault().record(new Action.Create("nedap", "p2", "p2", new TreeMap<>(Map.of("name", "Jan")), true, WHY), other);
        vault().record(new Action.Grant("nedap", "p2", "care", WHY), other);

        vault().recordAll(List.of(new Ledger.Done(create("p5", true), new AccountRef("guid-5")),
                new Ledger.Done(create("p2", true), new AccountRef("guid-6")),
                new Ledger.Done(new Action.Create("nedap", "p7", "p7", new TreeMap<>(Map.of("name", "Piet")), true, WHY),
                        new AccountRef("guid-7"))));

        assertThat(vault().find("ad", "p5").orElseThrow().permissions()).as("granted before any entry").isEmpty();
        assertThat(vault().find("ad", "p2").orElseThrow().permissions()).isEmpty();
        assertThat(vault().find("ad", "p2").orElseThrow().account()).isEqualTo(new AccountRef("guid-6"));
        assertThat(vault().find("nedap", "p2").orElseThrow().permissions()).as("another target's").containsExactly("care");
        assertThat(vault().find("nedap", "p2").orElseThrow().account()).isEqualTo(other);
        assertThat(vault().ledger("nedap")).containsOnlyKeys("p2", "p7");
        assertThat(vault().find("ad", "p1").orElseThrow().account()).as("not in the batch").isEqualTo(REF);
    }

    @Test
    default void aRevokeFromAForeignAccountLeavesTheLedgerAsItIs() {
        vault().record(create("p1", true), REF);
        vault().record(new Action.Grant("ad", "p1", "staff", WHY), REF);

        vault().record(new Action.Revoke("ad", new dev.roster.model.ForeignAccount(REF, "CN=p1,DC=example,DC=test"),
                "staff", WHY), REF);

        assertThat(vault().find("ad", "p1").orElseThrow().permissions()).containsExactly("staff");
        assertThat(vault().ledger("ad")).containsOnlyKeys("p1");
    }

    @Test
    default void deleteRemovesTheEntryAndKeepsTheAccountsNames() {
        vault().record(create("p1", true), REF);
        vault().record(new Action.Grant("ad", "p1", "staff", WHY), REF);

        vault().record(new Action.Delete("ad", "p1", WHY), REF);
        vault().record(new Action.Delete("ad", "p1", WHY), REF);

        assertThat(vault().find("ad", "p1")).isEmpty();
        assertThat(vault().deletedAccounts("ad")).singleElement().satisfies(d -> {
            assertThat(d.personId()).isEqualTo("p1");
            assertThat(d.account()).isEqualTo(REF);
            assertThat(d.attributes()).containsEntry("sAMAccountName", "jdevries");
        });
        vault().record(create("p1", true), new AccountRef("guid-2"));
        assertThat(vault().find("ad", "p1").orElseThrow().permissions()).isEmpty();
    }

    @Test
    default void ledgerOfATargetHoldsAllItsEntriesAndNoOthers() {
        vault().record(create("p1", true), REF);
        vault().record(create("p2", false), new AccountRef("guid-2"));
        vault().record(new Action.Grant("ad", "p2", "staff", WHY), new AccountRef("guid-2"));
        vault().record(create("p3", true), new AccountRef("guid-3"));
        vault().record(new Action.Create("nedap", "p1", "p1", new TreeMap<>(), true, WHY),
                new AccountRef("n-1"));

        Map<String, LedgerEntry> ledger = vault().ledger("ad");

        assertThat(ledger).containsOnlyKeys("p1", "p2", "p3");
        assertThat(ledger.get("p2").permissions()).containsExactly("staff");
        assertThat(ledger.get("p2").account()).isEqualTo(new AccountRef("guid-2"));
        assertThat(vault().ledger("nedap")).containsOnlyKeys("p1");
        assertThat(vault().ledger("none")).isEmpty();
    }

    @Test
    default void concurrentRecordsLoseNothing() throws Exception {
        vault().record(create("p1", true), REF);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String group = "g" + (i % 20);
                String attribute = "a" + i;
                done.add(pool.submit(() -> vault().record(new Action.Grant("ad", "p1", group, WHY), REF)));
                done.add(pool.submit(() -> vault().record(new Action.Update("ad", "p1",
                        new TreeMap<>(Map.of(attribute, new Change(null, "x"))), WHY), REF)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        LedgerEntry entry = vault().find("ad", "p1").orElseThrow();
        assertThat(entry.permissions()).hasSize(20);
        assertThat(entry.attributes()).hasSize(202);
    }
}
