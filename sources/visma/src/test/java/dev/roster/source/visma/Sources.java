package dev.roster.source.visma;

import dev.roster.model.ConfigException;
import dev.roster.model.Progress;
import dev.roster.model.Secrets;
import dev.roster.model.Source;
import dev.roster.model.SourceBatch;
import dev.roster.model.SourceFactory;
import dev.roster.sim.visma.VismaSimulator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/** Creates Visma sources the way the engine does: by type name, from settings and secrets. */
final class Sources {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 15);
    static final Secrets SECRETS = (setting, reference) -> {
        if (reference.equals("env:VISMA_SECRET")) {
            return "roster-secret";
        }
        if (reference.equals("env:WRONG_SECRET")) {
            return "not-the-secret";
        }
        throw new ConfigException(setting + ": cannot resolve " + reference);
    };

    private Sources() {
    }

    /** Settings of a source {@code hr} pointed at {@code sim}, polling every 10 ms. */
    static Map<String, Object> settings(VismaSimulator sim) {
        Map<String, Object> s = new HashMap<>();
        s.put("type", "visma");
        s.put("tokenUrl", sim.tokenUrl());
        s.put("apiUrl", sim.baseUrl());
        s.put("tenantId", sim.options().tenantId());
        s.put("clientId", "roster");
        s.put("clientSecret", "env:VISMA_SECRET");
        s.put("pollIntervalMillis", 10);
        return s;
    }

    static Source source(Map<String, Object> settings) {
        SourceFactory factory = ServiceLoader.load(SourceFactory.class).stream()
                .map(ServiceLoader.Provider::get).filter(f -> f.type().equals("visma"))
                .findFirst().orElseThrow();
        return factory.create("hr", settings, SECRETS);
    }

    static SourceBatch read(Map<String, Object> settings) {
        return source(settings).read(AS_OF, Progress.NONE);
    }

    static SourceBatch read(VismaSimulator sim) {
        return read(settings(sim));
    }
}
