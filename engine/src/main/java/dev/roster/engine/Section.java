package dev.roster.engine;

import dev.roster.model.ConfigException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mapping in the configuration with its path, so that every error names the file and the
 * setting: "roster.yaml: targets.ad.url is required".
 */
final class Section {

    private final String file;
    private final String path;
    private final Map<String, Object> values;
    private final Map<String, Integer> lines;

    Section(String file, String path, Map<String, Object> values, Map<String, Integer> lines) {
        this.file = file;
        this.path = path;
        this.values = values == null ? Map.of() : values;
        this.lines = lines;
    }

    /** "roster.yaml, line 12: targets.ad.url": where a setting is, for messages. */
    String at(String key) {
        String setting = where(key);
        Integer line = lines.get(setting);
        if (line == null && !path.isEmpty()) {
            line = lines.get(path);
        }
        return file + (line == null ? "" : ", line " + line) + ": " + setting;
    }

    String where(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    ConfigException error(String key, String problem) {
        return new ConfigException(at(key) + " " + problem);
    }

    Map<String, Object> raw() {
        return values;
    }

    String file() {
        return file;
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    String string(String key, String fallback) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Map || v instanceof List) {
            throw error(key, "must be a single value, not a " + (v instanceof Map ? "mapping" : "list"));
        }
        return v.toString();
    }

    String required(String key) {
        String v = string(key, null);
        if (v == null || v.isBlank()) {
            throw error(key, "is required");
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    Section section(String key) {
        Object v = values.get(key);
        if (v != null && !(v instanceof Map)) {
            throw error(key, "must be a mapping of settings");
        }
        return new Section(file, where(key), (Map<String, Object>) v, lines);
    }

    /** The entries of a mapping whose values are all mappings, in file order. */
    Map<String, Section> sections(String key) {
        Section s = section(key);
        Map<String, Section> out = new LinkedHashMap<>();
        for (String name : s.values.keySet()) {
            out.put(name, s.section(name));
        }
        return out;
    }

    /** A list of mappings. */
    @SuppressWarnings("unchecked")
    List<Section> list(String key) {
        Object v = values.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> items)) {
            throw error(key, "must be a list");
        }
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (!(item instanceof Map)) {
                throw error(key + "[" + i + "]", "must be a mapping of settings");
            }
            out.add(new Section(file, where(key) + "[" + i + "]", (Map<String, Object>) item, lines));
        }
        return out;
    }

    /** A list of plain values. */
    List<String> strings(String key) {
        Object v = values.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> items)) {
            throw error(key, "must be a list");
        }
        return items.stream().map(String::valueOf).toList();
    }

    /** A mapping of plain values. */
    Map<String, String> stringMap(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        section(key).values.forEach((k, v) -> out.put(k, v == null ? "" : v.toString()));
        return out;
    }
}
