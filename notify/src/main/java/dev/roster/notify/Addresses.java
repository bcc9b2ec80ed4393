package dev.roster.notify;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;

/** Checks e-mail addresses as the SMTP delivery will read them. Thread-safe. */
public final class Addresses {

    private Addresses() {
    }

    /**
     * What is wrong with {@code address} as one e-mail address ({@code jan@example.com}, or with a
     * name: {@code Jan de Vries <jan@example.com>}), or empty when nothing is.
     */
    public static Optional<String> problem(String address) {
        if (address == null || address.isBlank()) {
            return Optional.of("is empty");
        }
        InternetAddress[] parsed;
        try {
            parsed = InternetAddress.parse(address, true);
        } catch (AddressException e) {
            return Optional.of("'" + address + "' is not an e-mail address (" + e.getMessage() + ")");
        }
        if (parsed.length != 1) {
            return Optional.of("'" + address + "' must be one address, not " + parsed.length);
        }
        String plain = parsed[0].getAddress();
        int at = plain == null ? -1 : plain.lastIndexOf('@');
        if (at < 1 || at == plain.length() - 1) {
            return Optional.of("'" + address + "' is not an e-mail address (it needs a name, '@' and a domain)");
        }
        try {
            parsed[0].validate();
        } catch (AddressException e) {
            return Optional.of("'" + address + "' is not an e-mail address (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }

    /** {@code address} parsed, for sending. */
    static InternetAddress parse(String address) throws AddressException {
        InternetAddress[] parsed = InternetAddress.parse(address, true);
        if (parsed.length != 1) {
            throw new AddressException("must be one address", address);
        }
        return parsed[0];
    }
}
