package dev.roster.target.ad;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import dev.roster.sim.ad.EmbeddedDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CorrelationIndexIT {
    EmbeddedDirectory directory;
    LDAPConnection ldap;
    Instant now = Instant.now();
    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    CorrelationIndex index;

    @BeforeEach
    void start() throws LDAPException {
        directory = EmbeddedDirectory.start(TestDirectory.tlsOptions().withAdLimits());
        directory.ensureOrganizationalUnit(TestDirectory.USERS);
        ldap = directory.connection();
        Map<String, Object> settings = TestDirectory.ldapsSettings(directory);
        settings.put("correlationRefreshSeconds", 5);
        index = new CorrelationIndex(AdSettings.parse("ad", settings, (s, r) -> "x"), ldap,
                clock);
    }

    @AfterEach
    void stop() {
        ldap.close();
        directory.close();
    }

    private void addUser(String cn, String employeeId) throws LDAPException {
        ldap.add(new Entry("CN=" + cn + "," + TestDirectory.USERS, List.of(new Attribute(
                "objectClass", "top", "person", "organizationalPerson", "user"),
                new Attribute("cn", cn), new Attribute("employeeID", employeeId))));
    }

    @Test
    void readsAllOnceThenOnlyWhatChangedOnceTheListIsOlderThanTheRefresh() throws Exception {
        addUser("Ann", "A1");
        assertThat(index.lookup("a1")).extracting(CorrelationIndex.Candidate::dn)
                .containsExactly("CN=Ann," + TestDirectory.USERS);
        addUser("Bob", "B1");
        ldap.modify("CN=Ann," + TestDirectory.USERS, new Modification(ModificationType.REPLACE,
                "employeeID", "A2"));

        assertThat(index.lookup("B1")).isEmpty();
        assertThat(index.reads()).isEqualTo(1);
        now = now.plus(Duration.ofSeconds(5));
        assertThat(index.lookup("B1")).extracting(CorrelationIndex.Candidate::dn)
                .containsExactly("CN=Bob," + TestDirectory.USERS);
        assertThat(index.lookup("A2")).hasSize(1);
        assertThat(index.lookup("A1")).isEmpty();
        assertThat(index.reads()).isEqualTo(2);
    }
}
