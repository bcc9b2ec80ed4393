package dev.roster.target.ad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.ConfigException;
import dev.roster.model.Secrets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdSettingsTest {
    private static final Secrets SECRETS = (setting, reference) -> "pw-" + reference;

    private static Map<String, Object> valid() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("type", "active-directory");
        settings.put("url", "ldaps://dc1.example.test");
        settings.put("bindDn", "CN=svc-roster,OU=Service,DC=example,DC=test");
        settings.put("bindPassword", "env:AD_PASSWORD");
        settings.put("baseDn", "DC=example,DC=test");
        settings.put("usersOu", "OU=Employees,DC=example,DC=test");
        return settings;
    }

    private static AdSettings parse(Map<String, Object> settings) {
        return AdSettings.parse("ad", settings, SECRETS);
    }

    @Test
    void appliesDefaultsAndResolvesThePassword() {
        AdSettings settings = parse(valid());

        assertThat(settings.secure()).isTrue();
        assertThat(settings.url().getPort()).isEqualTo(636);
        assertThat(settings.bindPassword()).isEqualTo("pw-env:AD_PASSWORD");
        assertThat(settings.groupsBaseDn()).isEqualTo(settings.baseDn());
        assertThat(settings.poolSize()).isEqualTo(4);
        assertThat(settings.correlationAttribute()).isEqualTo("employeeID");
        assertThat(settings.allowPlainLdap()).isFalse();
        assertThat(settings.toString()).doesNotContain("pw-").contains("bindPassword=***");
    }

    @Test
    void refusesPlainLdapUnlessAllowed() {
        Map<String, Object> settings = valid();
        settings.put("url", "ldap://127.0.0.1:3890");
        assertThatThrownBy(() -> parse(settings)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("targets.ad.url").hasMessageContaining("unencrypted")
                .hasMessageContaining("targets.ad.allowPlainLdap");
        settings.put("allowPlainLdap", "true");
        assertThat(parse(settings).secure()).isFalse();
    }

    @Test
    void namesTheBadSetting() {
        assertInvalid("url", "https://dc1", "targets.ad.url");
        assertInvalid("url", null, "targets.ad.url: missing");
        assertInvalid("bindDn", "not a dn", "targets.ad.bindDn");
        assertInvalid("bindPassword", null, "targets.ad.bindPassword: missing");
        assertInvalid("baseDn", "", "targets.ad.baseDn: missing");
        assertInvalid("usersOu", "OU=Employees,DC=other,DC=test", "targets.ad.usersOu");
        assertInvalid("poolSize", "many", "targets.ad.poolSize");
        assertInvalid("poolSize", 0, "targets.ad.poolSize");
        assertInvalid("allowPlainLdap", "yes", "targets.ad.allowPlainLdap");
        assertInvalid("correlationAttribute", "employeeID)(x=*", "targets.ad.correlationAttribute");
    }

    @Test
    void acceptsYamlTypedValues() {
        Map<String, Object> settings = valid();
        settings.put("poolSize", 8);
        settings.put("allowPlainLdap", Boolean.TRUE);
        settings.put("groupsBaseDn", "OU=Groups,DC=example,DC=test");
        AdSettings parsed = parse(settings);
        assertThat(parsed.poolSize()).isEqualTo(8);
        assertThat(parsed.groupsBaseDn().toString()).isEqualTo("OU=Groups,DC=example,DC=test");
    }

    private static void assertInvalid(String key, Object value, String message) {
        Map<String, Object> settings = valid();
        settings.put(key, value);
        assertThatThrownBy(() -> parse(settings)).as(key + "=" + value)
                .isInstanceOf(ConfigException.class).hasMessageContaining(message);
    }
}
