package dev.roster.sim.ad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class GuidDnTest {

    @Test
    void readsStoredOrderHex() {
        assertThat(GuidDn.parse("<GUID=00112233445566778899aabbccddeeff>"))
                .hasValueSatisfying(b -> assertThat(HexFormat.of().formatHex(b))
                        .isEqualTo("00112233445566778899aabbccddeeff"));
    }

    @Test
    void readsTheDashedFormWithLittleEndianGroups() {
        assertThat(GuidDn.parse("<guid=33221100-5544-7766-8899-aabbccddeeff>"))
                .hasValueSatisfying(b -> assertThat(HexFormat.of().formatHex(b))
                        .isEqualTo("00112233445566778899aabbccddeeff"));
    }

    @Test
    void leavesOtherDnsAlone() {
        assertThat(GuidDn.parse("CN=Users,DC=example,DC=test")).isEmpty();
    }

    @Test
    void refusesAMalformedGuid() {
        assertThatThrownBy(() -> GuidDn.parse("<GUID=xyz>"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
