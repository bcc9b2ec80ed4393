package dev.roster.policy;

import dev.roster.model.ConfigException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reading the plain maps, lists and scalars Jackson gives for YAML, with every error naming the
 * setting: {@code where} is "file: path", a key is appended as ".key", an index as "[i]".
 */
final class Nodes {

    private Nodes() {
    }

    static String at(String where, String key) {
        return where + "." + key;
    }

    static String at(String where, int index) {
        return where + "[" + index + "]";
    }

    static ConfigException error(String where, String problem) {
        return new ConfigException(where + ": " + problem);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(String where, Object node) {
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof Map)) {
            throw error(where, "must be a mapping of settings, not " + kind(node));
        }
        return (Map<String, Object>) node;
    }

    static List<?> list(String where, Object node) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof List<?> l)) {
            throw error(where, "must be a list, not " + kind(node));
        }
        return l;
    }

    /** A scalar as text; null when absent. */
    static String scalar(String where, Object node) {
        if (node == null) {
            return null;
        }
        if (node instanceof Map || node instanceof List) {
            throw error(where, "must be a single value, not " + kind(node));
        }
        return node.toString();
    }

    static String string(String where, Map<String, Object> map, String key, String fallback) {
        String v = scalar(at(where, key), map.get(key));
        return v == null ? fallback : v;
    }

    static String required(String where, Map<String, Object> map, String key) {
        String v = scalar(at(where, key), map.get(key));
        if (v == null || v.isBlank()) {
            throw error(at(where, key), "is required");
        }
        return v;
    }

    /** A list of scalars, or a single scalar taken as a list of one. */
    static List<String> strings(String where, Object node) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof List<?> items)) {
            return List.of(scalar(where, node));
        }
        String[] out = new String[items.size()];
        for (int i = 0; i < out.length; i++) {
            String v = scalar(at(where, i), items.get(i));
            out[i] = v == null ? "" : v;
        }
        return List.of(out);
    }

    static boolean bool(String where, Map<String, Object> map, String key, boolean fallback) {
        String v = string(where, map, key, null);
        if (v == null) {
            return fallback;
        }
        if (!v.equals("true") && !v.equals("false")) {
            throw error(at(where, key), "must be true or false, not '" + v + "'");
        }
        return v.equals("true");
    }

    /** Refuses keys outside {@code known}, which are most often typing mistakes. */
    static void onlyKeys(String where, Map<String, Object> map, Set<String> known) {
        for (String key : map.keySet()) {
            if (!known.contains(key)) {
                throw error(at(where, key), "is not a known setting; known here are " + new TreeSet<>(known));
            }
        }
    }

    private static String kind(Object node) {
        return node instanceof Map ? "a mapping" : node instanceof List ? "a list" : "'" + node + "'";
    }
}
