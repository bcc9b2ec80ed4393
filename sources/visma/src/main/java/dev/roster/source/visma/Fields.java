package dev.roster.source.visma;

import java.util.Map;

/** Builds the immutable field maps of records and contracts without intermediate hash maps. */
final class Fields {

    private Fields() {
    }

    /**
     * {@code base} with {@code extra} added; an entry of {@code extra} replaces the one of
     * {@code base} with the same name. The result is immutable, so the model keeps it as is.
     */
    @SuppressWarnings("unchecked")
    static Map<String, String> merge(Map<String, String> base, Map<String, String> extra) {
        if (extra.isEmpty()) {
            return Map.copyOf(base);
        }
        Map.Entry<String, String>[] entries = new Map.Entry[base.size() + extra.size()];
        int n = 0;
        for (Map.Entry<String, String> e : base.entrySet()) {
            if (!extra.containsKey(e.getKey())) {
                entries[n++] = e;
            }
        }
        for (Map.Entry<String, String> e : extra.entrySet()) {
            entries[n++] = e;
        }
        if (n < entries.length) {
            Map.Entry<String, String>[] exact = new Map.Entry[n];
            System.arraycopy(entries, 0, exact, 0, n);
            entries = exact;
        }
        return Map.ofEntries(entries);
    }
}
