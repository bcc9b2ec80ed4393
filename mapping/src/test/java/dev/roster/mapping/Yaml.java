package dev.roster.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Reads a {@code mapping:} section from YAML text, as the engine's configuration loader does. */
final class Yaml {
    private Yaml() {
    }

    static MappingConfig mapping(String yaml) {
        return MappingConfig.parse("roster.yaml: mapping", section(yaml));
    }

    static Map<String, Object> section(String yaml) {
        if (yaml.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> tree = new ObjectMapper(new YAMLFactory()).readValue(yaml, new TypeReference<>() { });
            return tree == null ? Map.of() : tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
