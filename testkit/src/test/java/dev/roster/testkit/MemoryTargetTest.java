package dev.roster.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.AccountRef;
import dev.roster.model.Capability;
import dev.roster.model.Created;
import dev.roster.model.NewAccount;
import dev.roster.model.TargetException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemoryTargetTest {
    private final MemoryTarget target = new MemoryTarget("memory");

    @Test
    void hasEveryCapability() {
        assertThat(target.capabilities()).containsExactlyInAnyOrder(Capability.values());
    }

    @Test
    void anInjectedFailureHitsOnlyTheNextCallAndChangesNothing() {
        TargetException busy = new TargetException("memory: busy", true);
        target.failNext(busy);
        NewAccount account = new NewAccount("p1", "1", Map.of("title", "Nurse"), true);

        assertThatThrownBy(() -> target.create(account)).isSameAs(busy);
        assertThat(target.accounts().size()).isZero();
        Created created = target.create(account);
        assertThat(created.correlated()).isFalse();
        assertThat(target.calls()).containsExactly("create 1", "create 1");
    }

    @Test
    void changingAnUnknownAccountIsTerminalWhileDeletingOrRevokingItSucceeds() {
        AccountRef unknown = new AccountRef("mem-404");
        assertThatThrownBy(() -> target.enable(unknown)).isInstanceOfSatisfying(
                TargetException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("mem-404");
                });
        assertThatThrownBy(() -> target.update(unknown, Map.of("title", "x")))
                .isInstanceOf(TargetException.class);
        assertThatThrownBy(() -> target.grant(unknown, "readers"))
                .isInstanceOf(TargetException.class);
        target.delete(unknown);
        target.revoke(unknown, "readers");
    }

    @Test
    void emptyValuesAreNotStored() {
        Created created = target.create(new NewAccount("p2", "2", Map.of("title", "",
                "name", "Ann"), false));
        assertThat(created.attributes()).containsExactly(Map.entry("name", "Ann"));
        assertThat(target.accounts().attribute(created.account(), "title")).isEmpty();
    }
}
