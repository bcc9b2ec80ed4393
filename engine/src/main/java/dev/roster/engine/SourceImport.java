package dev.roster.engine;

import dev.roster.mapping.Aggregated;
import dev.roster.mapping.AggregationResult;
import dev.roster.mapping.Aggregator;
import dev.roster.mapping.Blocked;
import dev.roster.mapping.Conflict;
import dev.roster.mapping.ManagerResolver;
import dev.roster.mapping.MappingResult;
import dev.roster.mapping.PersonMapper;
import dev.roster.model.Department;
import dev.roster.model.Person;
import dev.roster.model.Progress;
import dev.roster.model.RecordSink;
import dev.roster.model.Source;
import dev.roster.model.SourceBatch;
import dev.roster.model.SourceFactory;
import dev.roster.model.SourceRecord;
import dev.roster.vault.Vault;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import's first half: the configured source read and its records mapped to persons, with
 * aggregation and managers from departments applied, ready to be stored as a snapshot.
 *
 * <p>A mapped person equal to the one this process last kept for the current snapshot is
 * replaced by that one. The new snapshot then shares its unchanged persons with the old one
 * instead of holding a second copy of each while it is compared and stored; on a day when 1% of
 * the people change, that is most of the import's memory.
 */
final class SourceImport {

    private static final Logger LOG = LoggerFactory.getLogger(SourceImport.class);

    private SourceImport() {
    }

    /** A read mapped to persons, without the source's records: they are not kept while storing. */
    record Mapped(List<Person> persons, List<Blocked> blocked, List<Aggregated> merged, List<Conflict> conflicts,
            List<Department> departments, Map<String, Integer> counts, List<String> warnings, String fingerprint,
            int records) {
    }

    /** The source read and mapped; null when it delivered what the current snapshot was made from. */
    static Mapped read(RosterConfig config, Vault vault, Connectors connectors, LocalDate asOf, Progress progress) {
        RosterConfig.ConnectorSettings s = config.source();
        Mapping mapping = new Mapping(config, vault, asOf);
        SourceBatch batch;
        try (Source source = open(config, connectors)) {
            batch = source.read(asOf, progress, SameDelivery.unless(vault, s.name(), config.digest()), mapping);
        }
        if (batch.unchanged()) {
            return null;
        }
        mapping.flush();
        AggregationResult aggregated = config.aggregation().map(rules -> {
            AggregationResult merged = new Aggregator(rules).aggregate(mapping.persons);
            return new AggregationResult(mapping.managers.resolve(merged.persons(), batch.departments(), asOf)
                    .stream().map(mapping.same).toList(), merged.merged(), merged.conflicts());
        }).orElse(new AggregationResult(mapping.persons, List.of(), List.of()));
        mapping.blocked.forEach(b -> LOG.warn("blocked: {}", b));
        aggregated.conflicts().forEach(c -> LOG.warn("aggregation: {}", c));
        return new Mapped(aggregated.persons(), mapping.blocked, aggregated.merged(), aggregated.conflicts(),
                batch.departments(), batch.counts(), batch.warnings(), batch.fingerprint(), mapping.records);
    }

    /**
     * Maps the records as the source hands them over, a chunk at a time on every core, so that
     * only a chunk of records is in memory at once. Each person is finished as far as it can be
     * (manager from departments, shared with the kept one) as soon as it is mapped.
     */
    private static final class Mapping implements RecordSink {
        private static final int CHUNK = 2048;

        final List<Person> persons = new ArrayList<>();
        final List<Blocked> blocked = new ArrayList<>();
        final ManagerResolver managers;
        /** Set once the source has something new: an unchanged read needs no index of the kept persons. */
        UnaryOperator<Person> same = UnaryOperator.identity();
        int records;
        private final PersonMapper mapper;
        private final boolean aggregating;
        private final Vault vault;
        private final LocalDate asOf;
        private final List<SourceRecord> chunk = new ArrayList<>(CHUNK);
        private UnaryOperator<Person> finish;

        Mapping(RosterConfig config, Vault vault, LocalDate asOf) {
            this.mapper = new PersonMapper(config.mapping());
            this.managers = ManagerResolver.of(config.mapping());
            this.aggregating = config.aggregation().isPresent();
            this.vault = vault;
            this.asOf = asOf;
        }

        @Override
        public void departments(List<Department> departments) {
            same = sameAsKept(vault.keptPersons());
            UnaryOperator<Person> resolver = managers.resolver(departments, asOf);
            // Aggregation must see each record as mapped, so a person is shared before it only
            // when the managers from departments leave them as they are (they always do by default).
            finish = !aggregating ? p -> same.apply(resolver.apply(p))
                    : p -> resolver.apply(p) == p ? same.apply(p) : p;
        }

        @Override
        public void record(SourceRecord record) {
            if (finish == null) {
                throw new IllegalStateException("the source handed over a record before the departments");
            }
            chunk.add(record);
            records++;
            if (chunk.size() == CHUNK) {
                flush();
            }
        }

        void flush() {
            if (!chunk.isEmpty()) {
                MappingResult mapped = mapper.map(chunk, finish);
                persons.addAll(mapped.persons());
                blocked.addAll(mapped.blocked());
                chunk.clear();
            }
        }
    }

    /** The configured source, opened. */
    static Source open(RosterConfig config, Connectors connectors) {
        RosterConfig.ConnectorSettings s = config.source();
        return connectors.factory(SourceFactory.class, s.type(), "sources." + s.name() + ".type")
                .create(s.name(), s.settings(), config.secrets());
    }

    /**
     * A person as given, or the equal one among {@code kept}: persons are immutable values, so
     * either serves; thread-safe.
     */
    static UnaryOperator<Person> sameAsKept(List<Person> kept) {
        if (kept.isEmpty()) {
            return UnaryOperator.identity();
        }
        Map<String, Person> byId = new HashMap<>(kept.size() * 4 / 3 + 1);
        kept.forEach(p -> byId.put(p.id(), p));
        return p -> {
            Person before = byId.get(p.id());
            return p == before || p.equals(before) ? before : p;
        };
    }
}
