package dev.roster.notify;

import dev.roster.model.ConfigException;
import java.util.Locale;

/** How the connection to the SMTP server is protected. */
public enum Security {
    /** Plain SMTP: no encryption. Only for a relay on the same host or network segment. */
    NONE(25),
    /** SMTP upgraded with STARTTLS, which the server must offer; nothing is sent unencrypted. */
    STARTTLS(587),
    /** SMTP inside TLS from the first byte ("SMTPS", implicit TLS). */
    TLS(465);

    private final int defaultPort;

    Security(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /** The port servers usually listen on for this kind of connection. */
    public int defaultPort() {
        return defaultPort;
    }

    /**
     * @param where the setting, for the message
     * @throws ConfigException naming {@code where} unless the value is none, starttls or tls
     */
    public static Security parse(String where, String value) {
        for (Security s : values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(value.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new ConfigException(where + " must be none, starttls or tls, not '" + value + "'");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
