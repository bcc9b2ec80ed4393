package dev.roster.source.visma;

import dev.roster.model.SourceBatch;
import dev.roster.model.SourceException;
import dev.roster.model.SourceRecord;
import dev.roster.sim.visma.Faults.ContactScope;
import dev.roster.sim.visma.Scopes;
import dev.roster.sim.visma.VismaSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Visma Connect tokens, scopes and tenants as an administrator meets them, over HTTP. */
class VismaAuthIT {

    private static VismaSimulator sim;

    @BeforeAll
    static void start() {
        sim = VismaSimulator.start(VismaSimulator.Options.defaults().withEmployees(60)
                .withAsOf(Sources.AS_OF));
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void noFaults() {
        sim.faults().clear();
        sim.traffic().clear();
    }

    private static Map<String, Object> withContact(String onMissing) {
        Map<String, Object> settings = Sources.settings(sim);
        settings.put("contactInformation", true);
        if (onMissing != null) {
            settings.put("missingContactScope", onMissing);
        }
        return settings;
    }

    @Test
    void oneTokenServesTheWholeImportWhileItIsValid() {
        Sources.read(sim);
        assertThat(sim.traffic().tokensIssued()).isEqualTo(1);
    }

    @Test
    void aTokenWithinSixtySecondsOfExpiryIsRenewedBeforeTheNextCall() {
        Instant[] now = {Instant.parse("2025-06-15T08:00:00Z")};
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now[0]; }
        };
        VismaSettings settings = VismaSettings.parse("hr", Sources.settings(sim), Sources.SECRETS);
        TokenClient tokens = new TokenClient(settings, new Http(HttpClient.newHttpClient()), clock);

        String first = tokens.token();
        now[0] = now[0].plus(Duration.ofSeconds(3600 - 61));
        assertThat(tokens.token()).isEqualTo(first);
        now[0] = now[0].plusSeconds(2);
        assertThat(tokens.token()).isNotEqualTo(first);
        assertThat(sim.traffic().tokensIssued()).isEqualTo(2);
    }

    @Test
    void aTokenThatStopsWorkingMidImportIsReplacedAndTheImportCompletes() {
        sim.faults().tokenUses(5);
        SourceBatch batch = Sources.read(sim);
        assertThat(batch.counts()).containsEntry("users", sim.organisation().users().size());
        assertThat(sim.traffic().tokensIssued()).isGreaterThan(3);
    }

    @Test
    void aScopeTheTenantNeverGrantedNamesTheExportAndTheScope() {
        sim.faults().withholdScope(Scopes.METADATA);
        assertThatThrownBy(() -> Sources.read(sim)).isInstanceOf(SourceException.class)
                .hasMessageStartingWith("Visma source 'hr', export cost-centers, command was refused "
                        + "(HTTP 401) with a new token: the application is probably not granted the scope "
                        + "hrmanalytics:nlhrm:exportmetadata");
    }

    @Test
    void aTenantThatDidNotAcceptTheApplicationIsNamed() {
        sim.faults().tenantNotGranted(true);
        assertThatThrownBy(() -> Sources.read(sim)).isInstanceOf(SourceException.class)
                .hasMessageContaining("the tenant has not given this application access (unauthorized_client)")
                .hasMessageContaining("check sources.hr.tenantId");
    }

    @Test
    void aWrongTenantIdIsNamed() {
        Map<String, Object> settings = Sources.settings(sim);
        settings.put("tenantId", "00000000-0000-0000-0000-000000000000");
        assertThatThrownBy(() -> Sources.read(settings)).isInstanceOf(SourceException.class)
                .hasMessageContaining("(invalid_tenant); check sources.hr.tenantId");
    }

    @Test
    void aRefusedContactScopeFailsTheImportByDefaultAndSaysWhatToChange() {
        sim.faults().contactScope(ContactScope.REFUSED);
        assertThatThrownBy(() -> Sources.read(withContact(null))).isInstanceOf(SourceException.class)
                .hasMessageContaining("(invalid_scope)")
                .hasMessageContaining("set sources.hr.contactInformation: false (or "
                        + "sources.hr.missingContactScope: warn)");
    }

    @Test
    void aRefusedContactScopeWithWarnImportsWithoutContactDataAndSaysSo() {
        sim.faults().contactScope(ContactScope.REFUSED);
        SourceBatch batch = Sources.read(withContact("warn"));
        assertThat(batch.records()).isNotEmpty().allMatch(r -> r.field("homeemailaddress").isEmpty());
        assertThat(batch.warnings()).contains("Visma source 'hr', export employees: contact information "
                + "was asked for (sources.hr.contactInformation: true) but the token was issued without "
                + "the scope hrmanalytics:nlhrm:exportcontactinformation; imported without contact data "
                + "(sources.hr.missingContactScope: warn)");
    }

    @Test
    void aTokenIssuedWithoutTheContactScopeFailsTheImport() {
        sim.faults().contactScope(ContactScope.DROPPED);
        assertThatThrownBy(() -> Sources.read(withContact("fail"))).isInstanceOf(SourceException.class)
                .hasMessageContaining("but the token was issued without the scope "
                        + "hrmanalytics:nlhrm:exportcontactinformation; grant that scope");
    }

    @Test
    void contactColumnsLeftOutOfTheFileAreNoticedToo() {
        sim.faults().contactScope(ContactScope.DROPPED).omitContactColumns(true);
        SourceBatch batch = Sources.read(withContact("warn"));
        SourceRecord first = batch.records().get(0);
        assertThat(first.fields()).doesNotContainKey("homeemailaddress").containsKey("businessemailaddress");
        assertThat(batch.warnings()).anyMatch(w -> w.contains("without the scope"));
    }

    @Test
    void theGrantedContactScopeBringsContactData() {
        SourceBatch batch = Sources.read(withContact(null));
        assertThat(batch.records()).anyMatch(r -> !r.field("homeemailaddress").isEmpty());
        assertThat(batch.warnings()).noneMatch(w -> w.contains("contact"));
    }
}
