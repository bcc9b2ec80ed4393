package dev.roster.source.visma;

import dev.roster.model.ConfigException;
import dev.roster.model.Secrets;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Set;

/**
 * The validated settings of one Visma source. {@link #toString()} leaves the client secret out.
 *
 * @param clientSecret        the resolved secret, never logged
 * @param contactScopeRequired with {@code contactInformation}: whether a token without the
 *                             contact-information scope fails the read (true, setting
 *                             {@code missingContactScope: fail}) or only warns ({@code warn})
 * @param parallelDownloads   how many export jobs run and download at once: 1 (the default, one
 *                             after the other) to 7. Visma documents no limit on concurrent jobs,
 *                             so more is a choice for a tenant known to take it.
 */
record VismaSettings(
        String name,
        URI tokenUrl,
        URI apiUrl,
        String tenantId,
        String clientId,
        String clientSecret,
        boolean contactInformation,
        boolean contactScopeRequired,
        int contractWindowDays,
        long pollIntervalMillis,
        int pollTimeoutSeconds,
        boolean excludePersonsWithoutContracts,
        int parallelDownloads) {

    static final String DEFAULT_TOKEN_URL = "https://connect.visma.com/connect/token";
    static final String DEFAULT_API_URL = "https://api.analytics1.hrm.visma.net";
    static final Set<String> KNOWN = Set.of("type", "tokenUrl", "apiUrl", "tenantId", "clientId",
            "clientSecret", "contactInformation", "contractWindowDays", "pollIntervalMillis",
            "pollTimeoutSeconds", "excludePersonsWithoutContracts", "missingContactScope", "parallelDownloads");

    /**
     * @throws ConfigException naming {@code sources.<name>.<setting>} for a missing, wrong-typed or
     *                         out-of-range setting, or an unresolvable secret reference
     */
    static VismaSettings parse(String name, Map<String, Object> settings, Secrets secrets) {
        Reader r = new Reader("sources." + name + ".", settings);
        String secretReference = r.string("clientSecret", null);
        return new VismaSettings(name,
                r.url("tokenUrl", DEFAULT_TOKEN_URL),
                r.url("apiUrl", DEFAULT_API_URL),
                r.string("tenantId", null),
                r.string("clientId", null),
                secrets.resolve("sources." + name + ".clientSecret", secretReference),
                r.bool("contactInformation", false),
                r.choice("missingContactScope", "fail", "fail", "warn").equals("fail"),
                (int) r.number("contractWindowDays", 90, 0, 36_500),
                r.number("pollIntervalMillis", 1000, 1, 60_000),
                (int) r.number("pollTimeoutSeconds", 600, 1, 86_400),
                r.bool("excludePersonsWithoutContracts", true),
                (int) r.number("parallelDownloads", 1, 1, VismaExport.values().length));
    }

    @Override
    public String toString() {
        return "VismaSettings[name=" + name + ", tokenUrl=" + tokenUrl + ", apiUrl=" + apiUrl
                + ", tenantId=" + tenantId + ", clientId=" + clientId + ", clientSecret=(hidden)"
                + ", contactInformation=" + contactInformation
                + ", contactScopeRequired=" + contactScopeRequired + ", contractWindowDays="
                + contractWindowDays + ", pollIntervalMillis=" + pollIntervalMillis
                + ", pollTimeoutSeconds=" + pollTimeoutSeconds
                + ", excludePersonsWithoutContracts=" + excludePersonsWithoutContracts
                + ", parallelDownloads=" + parallelDownloads + "]";
    }

    /** Reads typed values from the YAML map, naming the setting in every complaint. */
    private record Reader(String prefix, Map<String, Object> settings) {

        String string(String key, String fallback) {
            Object value = settings.get(key);
            if (value == null) {
                if (fallback == null) {
                    throw new ConfigException(prefix + key + " is required");
                }
                return fallback;
            }
            if (!(value instanceof String) || ((String) value).isBlank()) {
                throw new ConfigException(prefix + key + " must be a non-empty text, got '" + value + "'");
            }
            return ((String) value).trim();
        }

        String choice(String key, String fallback, String... allowed) {
            String value = string(key, fallback);
            for (String a : allowed) {
                if (a.equals(value)) {
                    return value;
                }
            }
            throw new ConfigException(prefix + key + " must be one of " + String.join(", ", allowed)
                    + ", got '" + value + "'");
        }

        URI url(String key, String fallback) {
            String text = string(key, fallback);
            try {
                URI uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
                if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                    throw new URISyntaxException(text, "not an http(s) URL with a host");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw new ConfigException(prefix + key + " must be an http(s) URL, got '" + text + "'");
            }
        }

        boolean bool(String key, boolean fallback) {
            Object value = settings.get(key);
            if (value == null) {
                return fallback;
            }
            if (!(value instanceof Boolean)) {
                throw new ConfigException(prefix + key + " must be true or false, got '" + value + "'");
            }
            return (Boolean) value;
        }

        long number(String key, long fallback, long min, long max) {
            Object value = settings.get(key);
            if (value == null) {
                return fallback;
            }
            if (!(value instanceof Integer || value instanceof Long)) {
                throw new ConfigException(prefix + key + " must be a whole number, got '" + value + "'");
            }
            long n = ((Number) value).longValue();
            if (n < min || n > max) {
                throw new ConfigException(prefix + key + " must be between " + min + " and " + max
                        + ", got " + n);
            }
            return n;
        }
    }
}
