package dev.roster.source.visma;

import dev.roster.model.ConfigException;
import dev.roster.model.Secrets;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VismaSettingsTest {

    private static final Secrets SECRETS = (setting, reference) -> "s3cr3t-value";

    private static Map<String, Object> minimal() {
        Map<String, Object> s = new HashMap<>();
        s.put("tenantId", "6f1c2c1e-1111-4a4a-9b9b-0123456789ab");
        s.put("clientId", "roster");
        s.put("clientSecret", "env:VISMA_SECRET");
        return s;
    }

    @Test
    void defaultsFollowTheRealService() {
        VismaSettings s = VismaSettings.parse("hr", minimal(), SECRETS);
        assertThat(s.tokenUrl()).hasToString("https://connect.visma.com/connect/token");
        assertThat(s.apiUrl()).hasToString("https://api.analytics1.hrm.visma.net");
        assertThat(s.contractWindowDays()).isEqualTo(90);
        assertThat(s.pollIntervalMillis()).isEqualTo(1000);
        assertThat(s.pollTimeoutSeconds()).isEqualTo(600);
        assertThat(s.contactInformation()).isFalse();
        assertThat(s.excludePersonsWithoutContracts()).isTrue();
        assertThat(s.parallelDownloads()).as("one export job at a time: Visma documents no limit").isEqualTo(1);
        assertThat(s.toString()).doesNotContain("s3cr3t-value");
    }

    @Test
    void parallelDownloadsGoFromOneToTheSevenExports() {
        Map<String, Object> s = minimal();
        s.put("parallelDownloads", 7);
        assertThat(VismaSettings.parse("hr", s, SECRETS).parallelDownloads()).isEqualTo(7);
        s.put("parallelDownloads", 8);
        assertThatThrownBy(() -> VismaSettings.parse("hr", s, SECRETS)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("sources.hr.parallelDownloads");
        s.put("parallelDownloads", 0);
        assertThatThrownBy(() -> VismaSettings.parse("hr", s, SECRETS)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("sources.hr.parallelDownloads");
    }

    @Test
    void aMissingSettingIsNamed() {
        Map<String, Object> s = minimal();
        s.remove("tenantId");
        assertThatThrownBy(() -> VismaSettings.parse("hr", s, SECRETS)).isInstanceOf(ConfigException.class)
                .hasMessage("sources.hr.tenantId is required");
    }

    @Test
    void aWrongTypedSettingIsNamedWithItsValue() {
        Map<String, Object> s = minimal();
        s.put("contractWindowDays", "ninety");
        assertThatThrownBy(() -> VismaSettings.parse("hr", s, SECRETS))
                .hasMessage("sources.hr.contractWindowDays must be a whole number, got 'ninety'");
        s.put("contractWindowDays", 30);
        s.put("contactInformation", "yes");
        assertThatThrownBy(() -> VismaSettings.parse("hr", s, SECRETS))
                .hasMessage("sources.hr.contactInformation must be true or false, got 'yes'");
        s.remove("contactInformation");
        s.put("apiUrl", "not a url");
        assertThatThrownBy(() -> VismaSettings.parse("hr", s, SECRETS))
                .hasMessageContaining("sources.hr.apiUrl must be an http(s) URL");
    }

    @Test
    void aMissingContactScopeFailsUnlessSetToWarn() {
        Map<String, Object> s = minimal();
        assertThat(VismaSettings.parse("hr", s, SECRETS).contactScopeRequired()).isTrue();
        s.put("missingContactScope", "warn");
        assertThat(VismaSettings.parse("hr", s, SECRETS).contactScopeRequired()).isFalse();
        s.put("missingContactScope", "ignore");
        assertThatThrownBy(() -> VismaSettings.parse("hr", s, SECRETS)).isInstanceOf(ConfigException.class)
                .hasMessage("sources.hr.missingContactScope must be one of fail, warn, got 'ignore'");
    }

    @Test
    void theScopesAskForContactDataOnlyWhenConfigured() {
        Map<String, Object> s = minimal();
        TokenClient plain = new TokenClient(VismaSettings.parse("hr", s, SECRETS), null, null);
        assertThat(plain.scopes().split(" ")).hasSize(5).allMatch(x -> x.startsWith("hrmanalytics:nlhrm:export"));
        s.put("contactInformation", true);
        TokenClient contact = new TokenClient(VismaSettings.parse("hr", s, SECRETS), null, null);
        assertThat(contact.scopes()).endsWith("hrmanalytics:nlhrm:exportcontactinformation");
    }
}
