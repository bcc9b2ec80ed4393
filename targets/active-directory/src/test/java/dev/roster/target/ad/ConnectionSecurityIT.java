package dev.roster.target.ad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import dev.roster.model.Created;
import dev.roster.model.Target;
import dev.roster.model.TargetException;
import dev.roster.sim.ad.EmbeddedDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionSecurityIT {
    EmbeddedDirectory directory;
    LDAPProbeHolder holder;

    record LDAPProbeHolder(LDAPConnection ldap, LdapProbe probe) {
    }

    @BeforeEach
    void start() throws LDAPException {
        directory = EmbeddedDirectory.start(TestDirectory.tlsOptions());
        directory.ensureOrganizationalUnit(TestDirectory.USERS);
        directory.ensureOrganizationalUnit(TestDirectory.DISABLED);
        LDAPConnection ldap = directory.connection();
        holder = new LDAPProbeHolder(ldap, new LdapProbe(ldap, TestDirectory.BASE,
                TestDirectory.GROUPS));
    }

    @AfterEach
    void stop() {
        holder.ldap().close();
        directory.close();
    }

    private Map<String, Object> startTls() {
        Map<String, Object> settings = TestDirectory.ldapsSettings(directory);
        settings.put("url", "ldap://localhost:" + directory.port());
        settings.put("startTls", true);
        return settings;
    }

    @Test
    void startTlsWithTheConfiguredTrustStoreSetsTheInitialPassword(@TempDir Path dir)
            throws Exception {
        Map<String, Object> settings = startTls();
        settings.put("password", Map.of("mustChange", "true"));
        Created created;
        try (Target target = TestDirectory.open(settings)) {
            created = ((Target.Creates) target).create(EmbeddedContractIT.adAccount("7001",
                    false));
        }
        assertThat(holder.probe().attribute(created.account(), "pwdLastSet")).contains("0");
        assertThat(holder.probe().enabled(created.account())).isFalse();
        Path ldif = dir.resolve("dump.ldif");
        directory.exportLdif(ldif);
        String dump = Files.readString(ldif);
        assertThat(dump).contains("unicodePwd:: ");
        String encoded = dump.substring(dump.indexOf("unicodePwd:: ") + 13).lines().findFirst()
                .orElseThrow();
        String password = new String(Base64.getDecoder().decode(encoded),
                StandardCharsets.UTF_16LE);
        assertThat(password).startsWith("\"").endsWith("\"").hasSize(18);
        assertThat(created.attributes()).doesNotContainKey("unicodePwd");
    }

    @Test
    void aServerTheTrustStoreDoesNotVouchForIsRefused() {
        Map<String, Object> settings = TestDirectory.ldapsSettings(directory);
        settings.remove("trustStore");
        settings.remove("trustStorePassword");
        assertThatThrownBy(() -> TestDirectory.open(settings)).isInstanceOfSatisfying(
                TargetException.class, e -> {
                    assertThat(e.getMessage()).contains("ad: connect to " + directory.ldapsUrl());
                    assertThat(e.retryable()).as(e.getMessage()).isFalse();
                });
        Map<String, Object> tls = startTls();
        tls.remove("trustStore");
        tls.remove("trustStorePassword");
        assertThatThrownBy(() -> TestDirectory.open(tls)).isInstanceOf(TargetException.class);
    }

    @Test
    void aCertificateForAnotherHostIsRefused() throws LDAPException {
        try (EmbeddedDirectory other = EmbeddedDirectory.start(EmbeddedDirectory.Options
                .withPassword(TestDirectory.PASSWORD).withTls(TestDirectory.tls("wrong-host.p12"),
                        TestDirectory.STORE_PASSWORD))) {
            Map<String, Object> settings = TestDirectory.ldapsSettings(other);
            assertThatThrownBy(() -> TestDirectory.open(settings)).isInstanceOfSatisfying(
                    TargetException.class, e -> {
                        assertThat(e.getMessage()).contains("ad: connect to " + other.ldapsUrl(),
                                "localhost");
                        assertThat(e.retryable()).as(e.getMessage()).isFalse();
                    });
            settings.put("url", "ldap://localhost:" + other.port());
            settings.put("startTls", true);
            assertThatThrownBy(() -> TestDirectory.open(settings))
                    .isInstanceOf(TargetException.class);
        }
    }

    @Test
    void overPlainLdapRosterSendsNoPassword() {
        Map<String, Object> settings = new HashMap<>(TestDirectory.ldapsSettings(directory));
        settings.put("url", directory.ldapUrl());
        settings.put("allowPlainLdap", true);
        settings.put("password", Map.of("initial", true));
        try (Target target = TestDirectory.open(settings)) {
            assertThatThrownBy(() -> ((Target.Creates) target).create(
                    EmbeddedContractIT.adAccount("7101", false))).isInstanceOfSatisfying(
                            TargetException.class, e -> {
                                assertThat(e.retryable()).isFalse();
                                assertThat(e.getMessage()).contains("refusing to send",
                                        "unencrypted", directory.ldapUrl());
                            });
            assertThat(holder.probe().accountsWithCorrelationId("7101")).isZero();
            settings.remove("password");
            try (Target quiet = TestDirectory.open(settings)) {
                Created created = ((Target.Creates) quiet).create(
                        EmbeddedContractIT.adAccount("7102", false));
                assertThatThrownBy(() -> ((Target.Updates) quiet).update(created.account(),
                        Map.of("unicodePwd", "Secret123!"))).isInstanceOfSatisfying(
                                TargetException.class, e -> assertThat(e.getMessage())
                                        .contains("refusing to send unicodePwd"));
            }
        }
    }
}
