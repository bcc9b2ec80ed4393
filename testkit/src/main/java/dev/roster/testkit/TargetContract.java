package dev.roster.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.roster.model.AccountRef;
import dev.roster.model.Created;
import dev.roster.model.NewAccount;
import dev.roster.model.Observation;
import dev.roster.model.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every target passes: create, correlate, update (replace and clear), enable,
 * disable, delete, grant and revoke, each repeated to prove it idempotent, all asserted through a
 * {@link Probe} that reads the real system back; and observing, checked against changes made by
 * {@link Hand} directly in the system. A target's test extends this class and supplies a fresh
 * target, a probe, a hand, new accounts and permissions; tests of operations the target does not
 * implement are skipped. Correlation ids are unique per test run, so a persistent system (a real
 * domain controller) can be reused.
 */
public abstract class TargetContract {
    private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(0x100000,
            0xFFFFFF), 36);
    private final AtomicInteger sequence = new AtomicInteger();
    /** The target under test, opened before and closed after each test. */
    protected Target target;

    /** @return a new target instance on the system under test; the contract closes it */
    protected abstract Target openTarget();

    /** @return the probe on the system under test */
    protected abstract Probe probe();

    /** @return changes the system under test directly, as an administrator by hand */
    protected abstract Hand hand();

    /**
     * @param correlationId unique per call, at most 12 characters of [0-9a-z]
     * @return an account to create, carrying {@link #changeableAttribute()} among its attributes
     */
    protected abstract NewAccount newAccount(String correlationId, boolean enabled);

    /** @return an optional attribute that the contract may set, replace and clear */
    protected abstract String changeableAttribute();

    /** @return two distinct permissions that exist in the system */
    protected abstract List<String> permissions();

    /** @return a correlation id unique in this run and across runs (in practice) */
    protected final String uniqueId() {
        return run + sequence.incrementAndGet();
    }

    @BeforeEach
    void openTargetUnderTest() {
        target = openTarget();
    }

    @AfterEach
    void closeTargetUnderTest() {
        if (target != null) {
            target.close();
        }
    }

    private Target.Creates creates() {
        assumeTrue(target instanceof Target.Creates, "target cannot create");
        return (Target.Creates) target;
    }

    @Test
    void createAddsADisabledAccountWithItsAttributes() {
        NewAccount asked = newAccount(uniqueId(), false);
        Created created = creates().create(asked);

        assertThat(created.correlated()).isFalse();
        assertThat(probe().exists(created.account())).isTrue();
        assertThat(probe().enabled(created.account())).isFalse();
        assertThat(probe().accountsWithCorrelationId(asked.correlationId())).isEqualTo(1);
        assertThat(created.attributes()).isNotEmpty();
        created.attributes().forEach((name, value) -> assertThat(
                probe().attribute(created.account(), name)).as(name).contains(value));
    }

    @Test
    void createCanStartEnabled() {
        Created created = creates().create(newAccount(uniqueId(), true));
        assertThat(probe().enabled(created.account())).isTrue();
    }

    @Test
    void createTwiceCorrelatesTheSecondTimeAlsoFromAnotherTargetInstance() {
        NewAccount asked = newAccount(uniqueId(), false);
        Created first = creates().create(asked);
        Created second = creates().create(asked);
        Created third;
        try (Target other = openTarget()) {
            third = ((Target.Creates) other).create(asked);
        }

        assertThat(second.correlated()).isTrue();
        assertThat(second.account()).isEqualTo(first.account());
        assertThat(third.correlated()).isTrue();
        assertThat(third.account()).isEqualTo(first.account());
        assertThat(probe().accountsWithCorrelationId(asked.correlationId())).isEqualTo(1);
    }

    @Test
    void updateReplacesAValueThenClearsIt() {
        assumeTrue(target instanceof Target.Updates, "target cannot update");
        Target.Updates updates = (Target.Updates) target;
        Created created = creates().create(newAccount(uniqueId(), false));
        String attribute = changeableAttribute();
        Map<String, String> others = new HashMap<>(created.attributes());
        others.remove(attribute);

        updates.update(created.account(), Map.of(attribute, "Changed by the contract"));
        updates.update(created.account(), Map.of(attribute, "Changed by the contract"));
        assertThat(probe().attribute(created.account(), attribute))
                .contains("Changed by the contract");
        Map<String, String> clear = new HashMap<>();
        clear.put(attribute, null);
        updates.update(created.account(), clear);
        updates.update(created.account(), clear);
        assertThat(probe().attribute(created.account(), attribute)).isEmpty();
        others.forEach((name, value) -> assertThat(probe().attribute(created.account(), name))
                .as("untouched " + name).contains(value));
    }

    @Test
    void enableAndDisableAreIdempotent() {
        assumeTrue(target instanceof Target.Enables, "target cannot enable");
        Target.Enables enables = (Target.Enables) target;
        Created created = creates().create(newAccount(uniqueId(), false));

        enables.enable(created.account());
        enables.enable(created.account());
        assertThat(probe().enabled(created.account())).isTrue();
        enables.disable(created.account());
        enables.disable(created.account());
        assertThat(probe().enabled(created.account())).isFalse();
        enables.enable(created.account());
        assertThat(probe().enabled(created.account())).isTrue();
    }

    @Test
    void deleteTwiceSucceedsAndALaterCreateMakesANewAccount() {
        assumeTrue(target instanceof Target.Deletes, "target cannot delete");
        Target.Deletes deletes = (Target.Deletes) target;
        NewAccount asked = newAccount(uniqueId(), false);
        Created created = creates().create(asked);

        deletes.delete(created.account());
        deletes.delete(created.account());
        assertThat(probe().exists(created.account())).isFalse();
        assertThat(probe().accountsWithCorrelationId(asked.correlationId())).isZero();
        Created again = creates().create(asked);
        assertThat(again.correlated()).isFalse();
        assertThat(again.account()).isNotEqualTo(created.account());
        assertThat(probe().accountsWithCorrelationId(asked.correlationId())).isEqualTo(1);
    }

    @Test
    void grantAndRevokeAreIdempotentAndTouchOnlyTheirPermission() {
        assumeTrue(target instanceof Target.Grants, "target cannot grant");
        Target.Grants grants = (Target.Grants) target;
        String first = permissions().get(0);
        String second = permissions().get(1);
        Created created = creates().create(newAccount(uniqueId(), false));

        grants.grant(created.account(), first);
        grants.grant(created.account(), first);
        grants.grant(created.account(), second);
        assertThat(probe().hasPermission(created.account(), first)).isTrue();
        assertThat(probe().hasPermission(created.account(), second)).isTrue();
        grants.revoke(created.account(), first);
        grants.revoke(created.account(), first);
        assertThat(probe().hasPermission(created.account(), first)).isFalse();
        assertThat(probe().hasPermission(created.account(), second)).isTrue();
    }

    @Test
    void aBatchGrantsAndRevokesForManyAccountsAlsoWhereSomeAreDoneAlready() {
        assumeTrue(target instanceof Target.GrantsInBatches, "target does not take batches");
        Target.GrantsInBatches batches = (Target.GrantsInBatches) target;
        String first = permissions().get(0);
        String second = permissions().get(1);
        AccountRef a = creates().create(newAccount(uniqueId(), false)).account();
        AccountRef b = creates().create(newAccount(uniqueId(), false)).account();
        AccountRef c = creates().create(newAccount(uniqueId(), false)).account();
        batches.grant(a, first);
        batches.grant(c, second);

        assertThat(batches.change(first, Set.of(a, b), Set.of())).isEmpty();
        assertThat(probe().hasPermission(a, first)).isTrue();
        assertThat(probe().hasPermission(b, first)).isTrue();
        assertThat(batches.change(first, Set.of(c), Set.of(a))).isEmpty();
        assertThat(batches.change(first, Set.of(), Set.of(a, b))).isEmpty();
        assertThat(probe().hasPermission(a, first)).isFalse();
        assertThat(probe().hasPermission(b, first)).isFalse();
        assertThat(probe().hasPermission(c, first)).isTrue();
        assertThat(probe().hasPermission(c, second)).as("the other permission").isTrue();
    }

    @Test
    void aBatchFailsOnlyTheAccountThatIsGone() {
        assumeTrue(target instanceof Target.GrantsInBatches && target instanceof Target.Deletes,
                "target does not take batches or delete");
        Target.GrantsInBatches batches = (Target.GrantsInBatches) target;
        String first = permissions().get(0);
        AccountRef kept = creates().create(newAccount(uniqueId(), false)).account();
        AccountRef gone = creates().create(newAccount(uniqueId(), false)).account();
        ((Target.Deletes) target).delete(gone);

        Map<AccountRef, dev.roster.model.TargetException> failed = batches.change(first, Set.of(kept, gone), Set.of());

        assertThat(failed).containsOnlyKeys(gone);
        assertThat(failed.get(gone).retryable()).isFalse();
        assertThat(failed.get(gone).getMessage()).contains(gone.id());
        assertThat(probe().hasPermission(kept, first)).isTrue();
        assertThat(batches.change(first, Set.of(), Set.of(kept, gone))).as("revoking from a gone account")
                .isEmpty();
        assertThat(probe().hasPermission(kept, first)).isFalse();
    }

    @Test
    void concurrentCreatesOfDifferentPeopleEachGetOneAccount() throws Exception {
        Target.Creates creates = creates();
        List<NewAccount> asked = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            asked.add(newAccount(uniqueId(), false));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Set<AccountRef> refs = new HashSet<>();
        try {
            List<Future<Created>> results = new ArrayList<>();
            asked.forEach(a -> results.add(pool.submit(() -> creates.create(a))));
            for (Future<Created> result : results) {
                refs.add(result.get().account());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(refs).hasSize(asked.size());
        refs.forEach(ref -> assertThat(probe().exists(ref)).isTrue());
        asked.forEach(a -> assertThat(probe().accountsWithCorrelationId(a.correlationId()))
                .as(a.correlationId()).isEqualTo(1));
    }

    private Target.Observes observes() {
        assumeTrue(target instanceof Target.Observes, "target cannot observe");
        return (Target.Observes) target;
    }

    @Test
    void observeReadsTheAskedAttributesOfTheAskedAccountsAsTheSystemHasThem() {
        Target.Observes observes = observes();
        String attribute = changeableAttribute();
        Created read = creates().create(newAccount(uniqueId(), false));
        Created other = creates().create(newAccount(uniqueId(), false));
        hand().setAttribute(read.account(), attribute, "Changed by hand");

        Observation seen = observes.observe(Set.of(read.account()), Set.of(attribute), Set.of());

        assertThat(seen.valuesOf(read.account())).containsEntry(attribute, List.of("Changed by hand"));
        assertThat(seen.valuesOf(other.account())).as("not asked for").isNull();
        assertThat(seen.groups()).isEmpty();
        hand().setAttribute(read.account(), attribute, null);
        assertThat(observes.observe(Set.of(read.account()), Set.of(attribute), Set.of())
                .valuesOf(read.account())).containsEntry(attribute, List.of());
    }

    @Test
    void observeListsEveryMemberOfAGroupAsTheSystemHasThem() {
        Target.Observes observes = observes();
        assumeTrue(target instanceof Target.Grants, "target cannot grant");
        Target.Grants grants = (Target.Grants) target;
        String first = permissions().get(0);
        String second = permissions().get(1);
        Created roster = creates().create(newAccount(uniqueId(), false));
        String strangerId = uniqueId();
        Created stranger = creates().create(newAccount(strangerId, false));
        Created elsewhere = creates().create(newAccount(uniqueId(), false));
        grants.grant(roster.account(), first);
        grants.grant(stranger.account(), first);
        grants.grant(elsewhere.account(), second);

        Observation seen = observes.observe(Set.of(roster.account()), Set.of(), Set.of(first));

        Observation.Group group = seen.groups().get(first);
        assertThat(group.isNamed(first)).isTrue();
        assertThat(group.accounts()).extracting(Observation.Member::account)
                .contains(roster.account(), stranger.account()).doesNotContain(elsewhere.account());
        assertThat(group.accounts()).allSatisfy(m -> assertThat(m.name()).isNotBlank());
        assertThat(group.accounts()).filteredOn(m -> m.account().equals(stranger.account()))
                .singleElement().extracting(Observation.Member::correlationId)
                .isEqualTo(strangerId);
        hand().removeMember(stranger.account(), first);
        assertThat(observes.observe(Set.of(), Set.of(), Set.of(first)).groups().get(first).accounts())
                .extracting(Observation.Member::account)
                .contains(roster.account()).doesNotContain(stranger.account());
    }
}
