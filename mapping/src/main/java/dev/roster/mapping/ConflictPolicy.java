package dev.roster.mapping;

import dev.roster.model.ConfigException;

/** What aggregation does with two records that share a key but disagree on a field. */
public enum ConflictPolicy {
    /** Merge them anyway; the conflict is still reported. */
    MERGE("merge"),
    /** Keep the conflicting record a person of its own (the default: nothing is joined by doubt). */
    KEEP_APART("keepApart");

    private final String setting;

    ConflictPolicy(String setting) {
        this.setting = setting;
    }

    /** The value in the configuration: {@code merge} or {@code keepApart}. */
    public String setting() {
        return setting;
    }

    /**
     * @param where the configuration path, for the message
     * @throws ConfigException naming {@code where} for any other value
     */
    public static ConflictPolicy parse(String where, String value) {
        for (ConflictPolicy p : values()) {
            if (p.setting.equals(value)) {
                return p;
            }
        }
        throw new ConfigException(where + " must be merge or keepApart, got '" + value + "'");
    }
}
