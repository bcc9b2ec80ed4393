package dev.roster.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how messages are sent. The password is never held here, only its reference
 * ({@code env:NAME} or {@code file:PATH}), resolved through {@link dev.roster.model.Secrets} when a
 * delivery connects.
 *
 * @param from              the sender, an address, optionally with a name: {@code Roster <roster@example.com>}
 * @param username          the user to log in as; empty for a server that needs no login
 * @param passwordReference the password's reference; empty exactly when {@code username} is
 * @param passwordSetting   the setting holding the reference, for messages ("notifications.smtp.password")
 * @param timeout           for connecting and for each reply of the server
 */
public record SmtpSettings(String host, int port, Security security, String from, String username,
        String passwordReference, String passwordSetting, Duration timeout) {
    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordReference, "passwordReference");
        Objects.requireNonNull(passwordSetting, "passwordSetting");
        Objects.requireNonNull(timeout, "timeout");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port");
        }
        if (username.isEmpty() != passwordReference.isEmpty()) {
            throw new IllegalArgumentException("a username needs a password reference and the other way round");
        }
    }

    /** Without login, with a ten-second timeout. */
    public static SmtpSettings anonymous(String host, int port, Security security, String from) {
        return new SmtpSettings(host, port, security, from, "", "", "password", Duration.ofSeconds(10));
    }

    @Override
    public String toString() {
        return host + ":" + port + " (" + security + (username.isEmpty() ? "" : ", as " + username) + ")";
    }
}
