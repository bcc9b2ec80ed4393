package dev.roster.model;

import java.util.Map;

/**
 * Creates sources of one type; found through {@link java.util.ServiceLoader} by {@link #type()},
 * the value of {@code type} in the configuration.
 */
public interface SourceFactory {

    String type();

    /**
     * @param name     the source's name in the configuration
     * @param settings the source's section of the configuration, as parsed from YAML
     * @param secrets  resolves secret references such as {@code env:NAME} or {@code file:PATH}
     * @throws ConfigException naming the setting when the settings are invalid
     */
    Source create(String name, Map<String, Object> settings, Secrets secrets);
}
