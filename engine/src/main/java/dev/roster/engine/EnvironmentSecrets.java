package dev.roster.engine;

import dev.roster.model.ConfigException;
import dev.roster.model.Secrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Resolves {@code env:NAME} (a system property or environment variable) and {@code file:PATH}
 * (the file's content, trailing line breaks removed). Never logs or echoes a secret value.
 */
final class EnvironmentSecrets implements Secrets {

    private final String file;
    private final Map<String, Integer> lines;

    /**
     * @param file  the configuration file, for messages
     * @param lines the line of each setting of the file, for messages
     */
    EnvironmentSecrets(String file, Map<String, Integer> lines) {
        this.file = file;
        this.lines = Map.copyOf(lines);
    }

    private String at(String setting) {
        Integer line = lines.get(setting);
        return file + (line == null ? "" : ", line " + line) + ": " + setting;
    }

    @Override
    public String resolve(String setting, String reference) {
        if (reference == null || reference.isBlank()) {
            throw new ConfigException(at(setting) + " is required: a reference such as env:NAME or file:PATH");
        }
        String value;
        if (reference.startsWith("env:")) {
            String name = reference.substring(4);
            value = ConfigText.lookup(name);
            if (value == null) {
                throw new ConfigException(at(setting) + " refers to " + name
                        + ", which is not set in the environment");
            }
        } else if (reference.startsWith("file:")) {
            Path path = Path.of(reference.substring(5));
            try {
                value = Files.readString(path, StandardCharsets.UTF_8).replaceAll("[\r\n]+$", "");
            } catch (IOException e) {
                throw new ConfigException(at(setting) + " refers to " + path + ", which cannot be read: " + e);
            }
        } else {
            throw new ConfigException(at(setting) + " must be a reference (env:NAME or file:PATH);"
                    + " secrets are never written in the configuration itself");
        }
        if (value.isEmpty()) {
            throw new ConfigException(at(setting) + " refers to an empty secret (" + reference + ")");
        }
        return value;
    }
}
