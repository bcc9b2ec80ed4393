package dev.roster.target.ad;

import dev.roster.testkit.SambaDomain;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the Samba AD DC of {@code .ci/samba} is, for this module's tests: a thin view of
 * {@link SambaDomain}, which starts the DC when the samba binary is installed, skips without it
 * and fails in CI (CI=true).
 */
record SambaEnv(Map<String, String> values) {
    static final List<String> REQUIRED = SambaDomain.REQUIRED;

    /** @return the settings, or aborts (locally) or fails (CI) the calling test */
    static SambaEnv require() {
        return new SambaEnv(SambaDomain.require().values());
    }

    /** @return the settings when all are there */
    static Optional<SambaEnv> find() {
        return SambaDomain.find().map(d -> new SambaEnv(d.values()));
    }

    static boolean sambaInstalled() {
        return SambaDomain.sambaInstalled();
    }

    String get(String name) {
        return values.get("ROSTER_SAMBA_" + name);
    }

    String getOr(String name, String fallback) {
        return values.getOrDefault("ROSTER_SAMBA_" + name, fallback);
    }
}
