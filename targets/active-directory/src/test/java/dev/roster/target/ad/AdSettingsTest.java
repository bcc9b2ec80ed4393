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

    @Test
    void readsTlsTrustDisabledOuPasswordPolicyAndReservedNames() throws Exception {
        java.nio.file.Path store = java.nio.file.Files.createTempFile("trust", ".p12");
        Map<String, Object> settings = valid();
        settings.put("url", "ldap://dc1.example.test");
        settings.put("startTls", true);
        settings.put("trustStore", store.toString());
        settings.put("trustStorePassword", "env:STORE");
        settings.put("disabledOu", "OU=Disabled Users,DC=example,DC=test");
        settings.put("password", Map.of("length", 24, "classes", "lower, digit",
                "mustChange", true));
        settings.put("reservedNames", java.util.List.of("JVries", "piet"));
        AdSettings parsed = parse(settings);

        assertThat(parsed.secure()).isTrue();
        assertThat(parsed.trust().path()).isEqualTo(store);
        assertThat(parsed.trust().type()).isEqualTo("PKCS12");
        assertThat(parsed.trust().password()).isEqualTo("pw-env:STORE");
        assertThat(parsed.disabledOu().toString())
                .isEqualTo("OU=Disabled Users,DC=example,DC=test");
        assertThat(parsed.password()).isEqualTo(new PasswordPolicy(true, 24, java.util.Set.of(
                PasswordPolicy.CharClass.LOWER, PasswordPolicy.CharClass.DIGIT), true));
        assertThat(parsed.reservedNames()).containsExactlyInAnyOrder("jvries", "piet");
        assertThat(parsed.toString()).doesNotContain("pw-");
        java.nio.file.Files.delete(store);
    }

    @Test
    void anInitialPasswordIsTheDefaultOnlyOnAnEncryptedConnection() {
        assertThat(parse(valid()).password().initial()).isTrue();
        Map<String, Object> plain = valid();
        plain.put("url", "ldap://127.0.0.1:3890");
        plain.put("allowPlainLdap", true);
        assertThat(parse(plain).password().initial()).isFalse();
    }

    @Test
    void namesTheBadSecuritySetting() {
        assertInvalid("startTls", "true", "targets.ad.startTls: is for ldap:// URLs");
        assertInvalid("trustStore", "/no/such/store.p12", "targets.ad.trustStore");
        Map<String, Object> settings = valid();
        settings.put("password", Map.of("length", 4));
        assertThatThrownBy(() -> parse(settings)).hasMessageContaining(
                "targets.ad.password.length: must be between 8 and 128");
        settings.put("password", Map.of("classes", java.util.List.of("emoji")));
        assertThatThrownBy(() -> parse(settings)).hasMessageContaining(
                "targets.ad.password.classes: 'emoji'");
        assertInvalid("disabledOu", "OU=Gone,DC=other,DC=test", "targets.ad.disabledOu");
    }

    private static void assertInvalid(String key, Object value, String message) {
        Map<String, Object> settings = valid();
        settings.put(key, value);
        assertThatThrownBy(() -> parse(settings)).as(key + "=" + value)
                .isInstanceOf(ConfigException.class).hasMessageContaining(message);
    }
}
