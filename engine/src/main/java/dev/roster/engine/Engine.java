package dev.roster.engine;

import dev.roster.apply.ApplyReport;
import dev.roster.apply.Executor;
import dev.roster.apply.Retry;
import dev.roster.mapping.MappingPreview;
import dev.roster.mapping.PersonMapper;
import dev.roster.model.AccountRef;
import dev.roster.model.ConfigException;
import dev.roster.model.Contract;
import dev.roster.model.LedgerEntry;
import dev.roster.model.Observation;
import dev.roster.model.Person;
import dev.roster.model.Plan;
import dev.roster.model.Progress;
import dev.roster.model.Source;
import dev.roster.model.SourceBatch;
import dev.roster.model.SourceRecord;
import dev.roster.model.Target;
import dev.roster.model.TargetFactory;
import dev.roster.plan.Capabilities;
import dev.roster.plan.PlanJson;
import dev.roster.plan.Planner;
import dev.roster.plan.Thresholds;
import dev.roster.plan.Watch;
import dev.roster.policy.DepartmentTree;
import dev.roster.policy.Explanation;
import dev.roster.policy.LifecycleEvent;
import dev.roster.vault.HeldRun;
import dev.roster.vault.Snapshot;
import dev.roster.vault.StoreResult;
import dev.roster.vault.Vault;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: one configuration, its vault, source and targets, and the cycle
 * import, plan, apply. A failed import stops the cycle before anything is planned or applied.
 * Not thread-safe: one cycle at a time.
 */
public final class Engine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    /** The actor Roster writes in the audit log for what it does by itself. */
    static final String ACTOR = "roster";

    private final RosterConfig config;
    private final Vault vault;
    private final Connectors connectors;
    private final Notifications notifications;

    private Engine(RosterConfig config, Vault vault) {
        this.config = config;
        this.vault = vault;
        this.connectors = new Connectors(config, vault);
        this.notifications = new Notifications(config, vault);
    }

    /** Opens the vault of {@code config}, migrating its schema when needed. */
    public static Engine open(RosterConfig config) {
        RosterConfig.VaultSettings v = config.vault();
        Vault vault = Vault.open(v.url(), v.user(), v.password());
        vault.audit(ACTOR, "configuration loaded", config.file() + ": source " + config.source().name()
                + ", targets " + config.targets().keySet() + ", " + config.policy().rules().size() + " rules");
        return new Engine(config, vault);
    }

    public RosterConfig config() {
        return config;
    }

    public Vault vault() {
        return vault;
    }

    /**
     * Reads the source completely, maps it and stores it as the new snapshot; stores nothing when
     * the source delivers what the current snapshot was made from ({@link SameDelivery}).
     *
     * @throws dev.roster.model.SourceException when the source fails; the vault is unchanged then
     */
    public ImportReport importNow(LocalDate asOf, Progress progress) {
        long started = System.nanoTime();
        RosterConfig.ConnectorSettings s = config.source();
        SourceImport.Mapped mapped = SourceImport.read(config, vault, connectors, asOf, progress);
        if (mapped == null) {
            return SameDelivery.report(vault, s.name(), ACTOR, started);
        }
        List<Person> persons = mapped.persons();
        long storing = System.nanoTime();
        StoreResult stored = vault.storeSnapshot(new Snapshot(s.name(), Instant.now(), asOf, persons,
                mapped.departments(), mapped.counts(), mapped.warnings(),
                mapped.blocked().stream().map(Object::toString).toList()), config.sourceThresholds());
        vault.audit(ACTOR, stored.held() ? "import held" : "import", "snapshot " + stored.revision() + ": "
                + persons.size() + " persons, " + mapped.blocked().size() + " blocked, "
                + mapped.warnings().size() + " warnings" + (stored.held() ? "; held: " + String.join("; ", stored.breaches()) : ""));
        if (!stored.held()) {
            SameDelivery.remember(vault, s.name(), stored.revision(), mapped.fingerprint(), config.digest());
            int purged = vault.purgeLeavers(asOf, config.retention().leaverDays());
            int pruned = vault.pruneSnapshots(config.retention().keepSnapshots());
            if (purged + pruned > 0) {
                LOG.info("retention: {} leavers' data and {} old snapshots removed", purged, pruned);
            }
        }
        storing = System.nanoTime() - storing;
        if (stored.held()) {
            LOG.warn("import held: {}; nothing is planned from it until approved: roster approve import {} --reason ...",
                    String.join("; ", stored.breaches()), stored.revision());
        }
        return new ImportReport(s.name(), mapped.counts(), mapped.records(), persons.size(),
                mapped.blocked(), mapped.merged(), mapped.conflicts(), mapped.warnings(),
                stored.revision(), stored.held(), stored.breaches(),
                Duration.ofNanos(System.nanoTime() - started), Duration.ofNanos(storing));
    }

    /**
     * The plan that makes every target match the rules for the current snapshot, as of {@code asOf}.
     * A target with drift correction or fully managed groups is read first (see {@link Observations}).
     *
     * @throws TargetException when such a target cannot be read; nothing is planned then
     * @throws ConfigException when such a target's connector cannot read what it has
     */
    public Plan plan(LocalDate asOf) {
        long revision = vault.revision();
        DepartmentTree tree = DepartmentTree.of(vault.departments());
        List<Person> all = vault.persons();
        java.util.Set<String> excluded = excluded(all, tree, asOf);
        var persons = all.stream().filter(p -> !excluded.contains(p.id())).toList();
        var desired = config.policy().evaluate(persons, tree, asOf);
        Map<String, Map<String, LedgerEntry>> ledger = new HashMap<>();
        Map<String, java.util.Set<AccountRef>> untouchable = new HashMap<>();
        for (String target : config.targets().keySet()) {
            Map<String, LedgerEntry> entries = new HashMap<>(vault.ledger(target));
            java.util.Set<AccountRef> left = new java.util.HashSet<>();
            excluded.forEach(person -> {
                LedgerEntry entry = entries.remove(person);
                if (entry != null) {
                    left.add(entry.account());
                }
            });
            ledger.put(target, entries);
            untouchable.put(target, left);
        }
        Map<String, Capabilities> capabilities = new HashMap<>();
        config.targets().forEach((name, t) -> capabilities.put(name, new Capabilities(
                factory(TargetFactory.class, t.type(), "targets." + name + ".type").capabilities(),
                config.withoutDisable().get(name))));
        Map<String, Watch> watches = new HashMap<>();
        config.policy().targets().forEach((name, policy) -> {
            if (policy.observes() && config.targets().containsKey(name)) {
                watches.put(name, new Watch(policy.driftAttributes(), policy.managedGroups()));
            }
        });
        Map<String, Observation> observed = new HashMap<>();
        watches.forEach((name, watch) -> {
            RosterConfig.ConnectorSettings t = config.targets().get(name);
            observed.put(name, Observations.read(config.file(), name, t.type(), capabilities.get(name).supported(),
                    () -> target(name), watch, ledger.get(name).values().stream().map(LedgerEntry::account)
                            .collect(java.util.stream.Collectors.toSet()), untouchable.get(name)));
        });
        return ChosenNames.of(new Planner(capabilities, watches).plan(desired, ledger, revision, observed), this::target);
    }

    /**
     * Why the person has (or has not) each account: every rule with whether it matched and which
     * condition failed, the contracts in scope and the next lifecycle dates.
     *
     * @throws ConfigException when the current snapshot has no person with that id
     */
    public Explanation explain(String personId, LocalDate asOf) {
        return config.policy().explain(person(personId), DepartmentTree.of(vault.departments()), asOf);
    }

    /**
     * The person with {@code personId} in the current snapshot.
     *
     * @throws ConfigException when there is none
     */
    public Person person(String personId) {
        return vault.persons().stream().filter(p -> p.id().equals(personId)).findFirst()
                .orElseThrow(() -> new ConfigException("no person " + personId + " in the current snapshot (revision "
                        + vault.revision() + ")"));
    }

    /** Every create, enable, disable and delete the rules will cause from {@code from} to {@code to}. */
    public List<LifecycleEvent> calendar(LocalDate from, LocalDate to) {
        DepartmentTree tree = DepartmentTree.of(vault.departments());
        List<Person> all = vault.persons();
        java.util.Set<String> excluded = excluded(all, tree, from);
        List<Person> persons = all.stream().filter(p -> !excluded.contains(p.id())).toList();
        List<LifecycleEvent> events = config.policy().calendar(persons, tree, from, to);
        // An account Roster never made (a leaver it never knew) is not disabled or deleted: leave
        // out those events unless the ledger has the account or the calendar creates it first.
        Map<String, Map<String, LedgerEntry>> ledger = new HashMap<>();
        java.util.Set<String> created = new java.util.HashSet<>();
        List<LifecycleEvent> out = new java.util.ArrayList<>();
        for (LifecycleEvent e : events) {
            String key = e.target() + '\u0000' + e.personId();
            boolean known = created.contains(key) || ledger.computeIfAbsent(e.target(), vault::ledger).containsKey(e.personId());
            if (e.kind() == LifecycleEvent.Kind.CREATE) {
                created.add(key);
                out.add(e);
            } else if (known || e.kind() == LifecycleEvent.Kind.ENABLE) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The persons whose accounts are left untouched: those an administrator excluded, and those the
     * configured {@code exclude} condition matches (tested with the primary contract on the day).
     */
    public java.util.Set<String> excluded(List<Person> persons, DepartmentTree tree, LocalDate day) {
        java.util.Set<String> out = new java.util.HashSet<>(vault.excludedPersons());
        config.exclude().ifPresent(condition -> {
            for (Person p : persons) {
                Contract primary = config.mapping().primaryContract().choose(p.contracts(), day).orElse(null);
                if (condition.test(p, primary, tree)) {
                    out.add(p.id());
                }
            }
        });
        return out;
    }

    /**
     * Reads the source and shows one record beside the person the mapping makes of it.
     *
     * @throws ConfigException when the source has no record with that id
     */
    public String previewMapping(String recordId, LocalDate asOf, Progress progress) {
        RosterConfig.ConnectorSettings s = config.source();
        SourceBatch batch;
        try (Source source = SourceImport.open(config, connectors)) {
            batch = source.read(asOf, progress);
        }
        SourceRecord record = batch.records().stream().filter(r -> r.id().equals(recordId)).findFirst()
                .orElseThrow(() -> new ConfigException("source " + s.name() + " has no record " + recordId
                        + " (records without kept contracts are left out at import)"));
        return MappingPreview.render(record, new PersonMapper(config.mapping()).map(List.of(record)), config.mapping());
    }

    /**
     * Returns a saved plan when it was made from the current vault revision.
     *
     * @param where the plan's file, for the message
     * @throws StalePlanException when the vault moved on since the plan was made
     */
    public Plan checkCurrent(Plan plan, String where) {
        long current = vault.revision();
        if (plan.vaultRevision() != current) {
            throw new StalePlanException(where + " was made from vault revision " + plan.vaultRevision()
                    + ", but the vault is at revision " + current + " now; nothing was applied."
                    + " Make a new plan and review it: roster plan --out FILE");
        }
        return plan;
    }

    /**
     * Applies {@code plan} to the targets, opening them on first use. A kind of action over its
     * target threshold is held back as a whole and kept in the vault under the run's number, for
     * {@link #approveRun}; the rest of the plan is applied. The notifications the applied actions
     * call for are queued, to be sent by {@link #deliverNotifications}.
     */
    public ApplyReport apply(Plan plan, Progress progress) {
        Map<String, Long> managed = new HashMap<>(); // the base of percentage limits, for the targets acted on
        plan.actions().forEach(a -> managed.computeIfAbsent(a.target(), vault::managedAccounts));
        Thresholds.Split split = config.targetThresholds().split(plan, managed, java.util.Set.of());
        long run = vault.startRun("apply", plan.vaultRevision());
        List<String> breaches = split.breaches().stream().map(Object::toString).toList();
        if (!split.held().isEmpty()) {
            vault.holdActions(run, plan.vaultRevision(),
                    PlanJson.write(new Plan(plan.vaultRevision(), plan.asOf(), split.held())), breaches);
            vault.audit(ACTOR, "actions held", "run " + run + ": " + split.held().size() + " actions held: "
                    + String.join("; ", breaches));
            LOG.warn("run {}: {} actions held back ({}); release after review: roster approve run {} --reason ...",
                    run, split.held().size(), String.join("; ", breaches), run);
        }
        ApplyReport report = execute(run, split.release(), progress);
        return report.withHeld(run, split.held(), breaches);
    }

    /**
     * Applies the actions a threshold held back from run {@code run}, of the given kinds (all when
     * empty), after an administrator's review; recorded in the audit log with who and why.
     *
     * @throws StalePlanException when the vault moved on since the run: plan again instead
     * @throws ConfigException when the run held nothing, or was released already
     */
    public ApplyReport approveRun(long run, java.util.Set<String> kinds, String actor, String reason, Progress progress) {
        HeldRun held = vault.heldActions(run).orElseThrow(() -> new ConfigException("run " + run + " held no actions"));
        if (held.releasedBy().isPresent()) {
            throw new ConfigException("the held actions of run " + run + " were released already by " + held.releasedBy().get());
        }
        if (held.revision() != vault.revision()) {
            throw new StalePlanException("the actions held in run " + run + " were planned from vault revision "
                    + held.revision() + ", but the vault is at revision " + vault.revision()
                    + " now; nothing was applied. The next run plans again and holds again what is still over a limit.");
        }
        Plan plan = PlanJson.read(held.planJson());
        List<dev.roster.model.Action> chosen = plan.actions().stream()
                .filter(a -> kinds.isEmpty() || kinds.contains(a.verb())).toList();
        List<String> released = chosen.stream().map(dev.roster.model.Action::verb).distinct().sorted().toList();
        vault.releaseHeldActions(run, released, actor, reason);
        long approvedRun = vault.startRun("approved apply", held.revision());
        return execute(approvedRun, new Plan(plan.vaultRevision(), plan.asOf(), chosen), progress);
    }

    private ApplyReport execute(long run, Plan plan, Progress progress) {
        Map<String, Target> targets = new HashMap<>();
        plan.actions().forEach(a -> targets.computeIfAbsent(a.target(), this::target));
        ApplyReport report;
        try (AuditTrail audit = new AuditTrail(vault, ACTOR)) {
            report = new Executor(targets, vault, Retry.DEFAULT).apply(plan, progress, audit);
        }
        Map<String, Long> counts = new HashMap<>(report.applied());
        counts.put("failed", report.count(dev.roster.apply.Outcome.Status.FAILED));
        vault.finishRun(run, report.allOk() ? "ok" : "failures", counts);
        notifications.enqueue(run, plan.asOf(), report);
        return report.withHeld(run, List.of(), List.of());
    }

    /**
     * Sends the notifications waiting in the outbox (those the actions applied since called for,
     * and those a failed delivery left pending), when a mail server is configured. Never throws: a
     * mail server that is down leaves them pending for the next delivery.
     */
    public NotificationReport deliverNotifications() {
        return notifications.deliver();
    }

    /** Import, plan, apply, then deliver notifications. The plan is not made when the import fails. */
    public CycleReport cycle(LocalDate asOf, Progress progress) {
        ImportReport imported = importNow(asOf, progress);
        long started = System.nanoTime();
        Plan plan = plan(asOf);
        Duration planning = Duration.ofNanos(System.nanoTime() - started);
        ApplyReport applied = apply(plan, progress);
        return new CycleReport(imported, plan, planning, applied, deliverNotifications());
    }

    private Target target(String name) {
        return connectors.target(name);
    }

    private <F> F factory(Class<F> kind, String type, String setting) {
        return connectors.factory(kind, type, setting);
    }

    @Override
    public void close() {
        connectors.close();
        vault.close();
    }
}
