package dev.roster.engine;

import dev.roster.model.ConfigException;
import dev.roster.model.SourceFactory;
import dev.roster.model.Target;
import dev.roster.model.TargetFactory;
import dev.roster.vault.Vault;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's connectors: factories found through {@link ServiceLoader} by their type name, and
 * the targets it opened, each opened once with its settings (plus the names of the accounts
 * Roster deleted there) and closed with the engine. Not thread-safe: one engine, one caller.
 */
final class Connectors implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Connectors.class);

    private final RosterConfig config;
    private final Vault vault;
    private final Map<String, Target> open = new LinkedHashMap<>();

    Connectors(RosterConfig config, Vault vault) {
        this.config = config;
        this.vault = vault;
    }

    /** The target {@code name}, opened on first use and kept open until {@link #close}. */
    Target target(String name) {
        return open.computeIfAbsent(name, n -> {
            RosterConfig.ConnectorSettings t = config.targets().get(n);
            if (t == null) {
                throw new ConfigException(config.file() + ": the plan names target '" + n + "', which is not configured");
            }
            LOG.info("opening target {} ({})", n, t.type());
            return factory(TargetFactory.class, t.type(), "targets." + n + ".type").open(n, withReservedNames(n, t.settings()),
                    config.secrets());
        });
    }

    /**
     * The target's settings with {@code reservedNames} extended by the account names of every
     * account Roster deleted there, so that a deleted account's name is never handed to someone
     * else (set {@code reserveDeletedNames: false} on the target to allow it).
     */
    private Map<String, Object> withReservedNames(String target, Map<String, Object> settings) {
        Map<String, Object> copy = new LinkedHashMap<>(settings);
        Object keep = copy.remove("reserveDeletedNames");
        if (keep != null && !Boolean.parseBoolean(keep.toString())) {
            return copy;
        }
        java.util.Set<String> reserved = new java.util.TreeSet<>();
        if (copy.get("reservedNames") instanceof List<?> configured) {
            configured.forEach(v -> reserved.add(String.valueOf(v)));
        }
        for (var deleted : vault.deletedAccounts(target)) {
            String name = deleted.attributes().get("sAMAccountName");
            if (name != null && !name.isBlank()) {
                reserved.add(name);
            }
        }
        if (!reserved.isEmpty()) {
            copy.put("reservedNames", List.copyOf(reserved));
        }
        return copy;
    }

    /**
     * The installed connector factory of {@code kind} for {@code type}.
     *
     * @throws ConfigException naming {@code setting} when none is installed
     */
    <F> F factory(Class<F> kind, String type, String setting) {
        for (F f : ServiceLoader.load(kind)) {
            String t = f instanceof SourceFactory sf ? sf.type() : ((TargetFactory) f).type();
            if (t.equals(type)) {
                return f;
            }
        }
        throw new ConfigException(config.file() + ": " + setting + ": no connector of type '" + type + "' is installed");
    }

    /** Closes every target opened; a failure to close one is logged, and the others are closed. */
    @Override
    public void close() {
        open.values().forEach(t -> {
            try {
                t.close();
            } catch (Exception e) {
                LOG.warn("closing target {}: {}", t.name(), e.toString());
            }
        });
        open.clear();
    }
}
