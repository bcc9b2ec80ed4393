package dev.roster.target.ad;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import dev.roster.model.ConfigException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Typed access to one section of a target's raw settings (as parsed from YAML), with messages
 * naming {@code targets.<target>.<prefix><setting>}. Immutable.
 *
 * @param target   the target's name
 * @param prefix   "" for the target's own section, e.g. "password." for a nested one
 * @param settings the section's keys and values
 */
record SettingsReader(String target, String prefix, Map<?, ?> settings) {

    static SettingsReader of(String target, Map<String, Object> settings) {
        return new SettingsReader(target, "", settings);
    }

    String key(String setting) {
        return "targets." + target + "." + prefix + setting;
    }

    ConfigException invalid(String setting, String problem) {
        return new ConfigException(key(setting) + ": " + problem);
    }

    boolean has(String setting) {
        Object value = settings.get(setting);
        return value != null && !value.toString().isBlank();
    }

    /** @param fallback null when the setting is required */
    String string(String setting, String fallback) {
        Object value = settings.get(setting);
        if (value == null || value.toString().isBlank()) {
            if (fallback == null) {
                throw invalid(setting, "missing");
            }
            return fallback;
        }
        if (value instanceof Map || value instanceof Iterable) {
            throw invalid(setting, "must be a single value");
        }
        return value.toString().strip();
    }

    DN dn(String setting, String fallback) {
        String text = string(setting, fallback);
        try {
            return new DN(text);
        } catch (LDAPException e) {
            throw invalid(setting, "'" + text + "' is not a DN: " + e.getMessage());
        }
    }

    boolean bool(String setting, boolean fallback) {
        String text = string(setting, Boolean.toString(fallback)).toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(setting, "must be true or false, not " + text);
        };
    }

    int integer(String setting, int fallback, int min, int max) {
        String text = string(setting, Integer.toString(fallback));
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw invalid(setting, "must be a whole number, not " + text);
        }
        if (value < min || value > max) {
            throw invalid(setting, "must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    /** @return a YAML list, or a comma-separated string, as trimmed non-empty strings */
    List<String> list(String setting, List<String> fallback) {
        Object value = settings.get(setting);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Map) {
            throw invalid(setting, "must be a list");
        }
        Collection<?> items = value instanceof Collection<?> c ? c
                : List.of(value.toString().split(","));
        return items.stream().filter(i -> i != null).map(i -> i.toString().strip())
                .filter(s -> !s.isEmpty()).toList();
    }

    /** @return the nested section, empty when absent */
    SettingsReader section(String setting) {
        Object value = settings.get(setting);
        if (value == null) {
            return new SettingsReader(target, prefix + setting + ".", Map.of());
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw invalid(setting, "must be a section with keys");
        }
        return new SettingsReader(target, prefix + setting + ".", map);
    }
}
