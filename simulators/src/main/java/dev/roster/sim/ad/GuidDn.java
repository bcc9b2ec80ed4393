package dev.roster.sim.ad;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses Active Directory's {@code <GUID=...>} DN form. The GUID is either 32 hex digits of the
 * 16 objectGUID bytes in stored order, or the dashed string form
 * ({@code xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}) in which, as in AD, the first three groups are
 * little-endian.
 */
final class GuidDn {
    private static final String PREFIX = "<guid=";

    private GuidDn() {
    }

    /**
     * @param dn a DN string as sent by a client, never null
     * @return the objectGUID bytes when {@code dn} has the GUID form, empty for any other DN
     * @throws IllegalArgumentException when it has the GUID form but the GUID is malformed
     */
    static Optional<byte[]> parse(String dn) {
        String s = dn.strip();
        if (!s.toLowerCase(Locale.ROOT).startsWith(PREFIX) || !s.endsWith(">")) {
            return Optional.empty();
        }
        String guid = s.substring(PREFIX.length(), s.length() - 1);
        if (guid.length() == 32) {
            return Optional.of(HexFormat.of().parseHex(guid));
        }
        String[] parts = guid.split("-", -1);
        if (parts.length != 5 || guid.length() != 36) {
            throw new IllegalArgumentException("malformed GUID '" + guid + "'");
        }
        byte[] bytes = HexFormat.of().parseHex(guid.replace("-", ""));
        reverse(bytes, 0, 4);
        reverse(bytes, 4, 2);
        reverse(bytes, 6, 2);
        return Optional.of(bytes);
    }

    private static void reverse(byte[] b, int from, int length) {
        for (int i = 0; i < length / 2; i++) {
            byte t = b[from + i];
            b[from + i] = b[from + length - 1 - i];
            b[from + length - 1 - i] = t;
        }
    }
}
