package dev.roster.target.ad;

import dev.roster.model.AccountRef;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/** objectGUID as an {@link AccountRef}: the 16 bytes in stored order as 32 lower-case hex digits. */
final class Guids {
    private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");

    private Guids() {
    }

    /** @throws IllegalArgumentException when {@code guid} is not 16 bytes */
    static AccountRef ref(byte[] guid) {
        if (guid == null || guid.length != 16) {
            throw new IllegalArgumentException("objectGUID must be 16 bytes");
        }
        return new AccountRef(HexFormat.of().formatHex(guid));
    }

    /** @return the 16 bytes, or empty when the reference is not 32 hex digits */
    static Optional<byte[]> bytes(AccountRef ref) {
        if (!HEX32.matcher(ref.id()).matches()) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().parseHex(ref.id()));
    }
}
