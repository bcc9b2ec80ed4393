package dev.roster.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.model.AccountRef;
import dev.roster.model.Action;
import dev.roster.model.Ledger;
import dev.roster.model.LedgerEntry;
import dev.roster.model.Plan;
import dev.roster.model.Progress;
import dev.roster.model.Reason;
import dev.roster.model.Target;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The executor hands an enable's home OU to the target, and targets without OUs ignore it. */
class ExecutorEnableTest {

    static final Reason WHY = new Reason("staff", "contract c2 runs from 2026-04-01");
    static final String HOME = "OU=Facilitair,OU=Employees,DC=example,DC=test";

    /** Only the one-argument enable: a target that knows nothing of OUs. */
    static class PlainTarget implements Target, Target.Enables {
        final List<String> calls = new ArrayList<>();

        @Override
        public String name() {
            return "ad";
        }

        @Override
        public void enable(AccountRef account) {
            calls.add("enable " + account.id());
        }

        @Override
        public void disable(AccountRef account) {
            calls.add("disable " + account.id());
        }
    }

    /** A target that moves disabled accounts aside and so needs the home OU. */
    static final class DirectoryTarget extends PlainTarget {
        @Override
        public void enable(AccountRef account, String ou) {
            calls.add("enable " + account.id() + " in " + ou);
        }
    }

    static final Ledger LEDGER = new Ledger() {
        @Override
        public Optional<LedgerEntry> find(String target, String personId) {
            return Optional.of(new LedgerEntry(target, personId, new AccountRef("guid-" + personId), false,
                    Map.of("ou", HOME), Set.of()));
        }

        @Override
        public void record(Action action, AccountRef account) {
        }
    };

    static ApplyReport enable(Target target, String ou) {
        Plan plan = new Plan(1, LocalDate.of(2026, 4, 1), List.of(new Action.Enable("ad", "100235", ou, WHY)));
        return new Executor(Map.of("ad", target), LEDGER, new Retry(1, Duration.ofMillis(1))).apply(plan, Progress.NONE);
    }

    @Test
    void anEnableCarriesTheHomeOuToTheTarget() {
        DirectoryTarget directory = new DirectoryTarget();
        assertThat(enable(directory, HOME).allOk()).isTrue();
        assertThat(directory.calls).containsExactly("enable guid-100235 in " + HOME);
    }

    @Test
    void aTargetWithoutOusIsEnabledAsBefore() {
        PlainTarget plain = new PlainTarget();
        assertThat(enable(plain, HOME).allOk()).isTrue();
        assertThat(enable(plain, null).allOk()).isTrue();
        assertThat(plain.calls).containsExactly("enable guid-100235", "enable guid-100235");
    }
}
