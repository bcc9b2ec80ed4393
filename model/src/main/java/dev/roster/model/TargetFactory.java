package dev.roster.model;

import java.util.Map;

/**
 * Opens targets of one type; found through {@link java.util.ServiceLoader} by {@link #type()},
 * the value of {@code type} in the configuration.
 */
public interface TargetFactory {

    String type();

    /**
     * What targets of this type can do, known without connecting, so that plans respect it; by
     * default everything.
     */
    default java.util.Set<Capability> capabilities() {
        return java.util.EnumSet.allOf(Capability.class);
    }

    /**
     * @param name     the target's name in the configuration
     * @param settings the target's section of the configuration, as parsed from YAML
     * @param secrets  resolves secret references
     * @throws ConfigException naming the setting when the settings are invalid
     * @throws TargetException when the target cannot be reached
     */
    Target open(String name, Map<String, Object> settings, Secrets secrets);
}
