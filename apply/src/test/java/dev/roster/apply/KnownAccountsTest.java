package dev.roster.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.model.AccountRef;
import dev.roster.model.Action;
import dev.roster.model.Ledger;
import dev.roster.model.LedgerEntry;
import dev.roster.model.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** One apply's view of the ledger: references looked up once, creates recorded in groups. */
class KnownAccountsTest {
    static final Reason WHY = ExecutorTest.WHY;

    /** Writes down every call it gets; refuses what it is told to. */
    static final class Calls implements Ledger {
        final List<String> calls = new ArrayList<>();
        boolean refuseGroups;
        String refusePerson;

        @Override
        public synchronized Optional<LedgerEntry> find(String target, String personId) {
            calls.add("find " + personId);
            return Optional.empty();
        }

        @Override
        public synchronized void record(Action action, AccountRef account) {
            if (action.personId().equals(refusePerson)) {
                throw new IllegalStateException("vault: cannot record " + action.personId());
            }
            calls.add(action.verb() + " " + action.personId());
        }

        @Override
        public synchronized void recordAll(List<Done> done) {
            if (refuseGroups) {
                throw new IllegalStateException("vault: transaction rolled back");
            }
            calls.add("all " + done.stream().map(d -> d.action().personId()).toList());
        }
    }

    static Action.Create create(String person) {
        return new Action.Create("ad", person, person, new TreeMap<>(Map.of("sAMAccountName", "u" + person)), true,
                WHY);
    }

    final Calls ledger = new Calls();
    final KnownAccounts known = new KnownAccounts(ledger);
    final Map<String, RuntimeException> failed = new ConcurrentHashMap<>();

    void created(String person) {
        known.recordCreate(create(person), new AccountRef("ref-" + person), e -> failed.put(person, e));
    }

    @Test
    void createsAreRecordedInFullGroupsAndAllBeforeAnyOtherRecord() {
        List<String> first = new ArrayList<>();
        for (int i = 0; i < KnownAccounts.GROUP + 2; i++) {
            created("p" + i);
            if (i < KnownAccounts.GROUP) {
                first.add("p" + i);
            }
        }
        assertThat(ledger.calls).containsExactly("all " + first);
        assertThat(known.account("ad", "p51")).as("known before it is recorded").contains(new AccountRef("ref-p51"));

        known.record(new Action.Grant("ad", "p51", "staff", WHY), new AccountRef("ref-p51"));

        assertThat(ledger.calls).containsExactly("all " + first, "all [p50, p51]", "grant p51");
        known.flush();
        assertThat(ledger.calls).hasSize(3);
        assertThat(failed).isEmpty();
    }

    @Test
    void aGroupTheLedgerRefusesIsRecordedOneByOneAndEachFailureIsTold() {
        ledger.refuseGroups = true;
        ledger.refusePerson = "b";
        created("a");
        created("b");
        created("c");

        known.flush();

        assertThat(ledger.calls).containsExactly("create a", "create c");
        assertThat(failed).containsOnlyKeys("b");
        assertThat(failed.get("b")).hasMessageContaining("cannot record b");
    }
}
