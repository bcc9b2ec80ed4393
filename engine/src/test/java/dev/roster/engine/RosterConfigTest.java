package dev.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.ConfigException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RosterConfigTest {

    static final String VALID = """
            vault:
              url: jdbc:h2:mem:x
            sources:
              visma:
                type: visma
                clientSecret: env:SECRET
            targets:
              ad:
                type: active-directory
                url: ldap://127.0.0.1:389
                attributes:
                  sAMAccountName: { value: "{person.callName|username}", on: create }
                  displayName: "{person.displayName}"
            rules:
              - name: staff
                target: ad
                contractPermissions: [ "dep-{contract.departmentId}" ]
            """;

    @Test
    void aValidFileGivesTheTargetSettingsWithoutThePolicyKeysAndTheRules() {
        RosterConfig config = RosterConfig.parse("roster.yaml", VALID);

        assertThat(config.targets().get("ad").settings()).containsOnlyKeys("url");
        assertThat(config.source().name()).isEqualTo("visma");
        assertThat(config.policy().rules()).singleElement().satisfies(r -> assertThat(r.enabled()).isTrue());
        assertThat(config.policy().targets().get("ad").attributes().get("sAMAccountName").createOnly()).isTrue();
        assertThat(config.policy().targets().get("ad").attributes().get("displayName").createOnly()).isFalse();
    }

    @Test
    void aRuleNamingAnUnknownTargetIsRefusedNamingFileAndSetting() {
        assertThatThrownBy(() -> RosterConfig.parse("roster.yaml", VALID.replace("target: ad", "target: ads")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("roster.yaml, line 16: rules[0].target: names 'ads', which is not among the targets [ad]");
    }

    @Test
    void aBadTemplateIsRefusedNamingTheAttribute() {
        assertThatThrownBy(() -> RosterConfig.parse("roster.yaml", VALID.replace("{person.displayName}", "{person.fullName}")))
                .hasMessageStartingWith("roster.yaml, line 13: targets.ad.attributes.displayName: unknown value 'person.fullName'");
    }

    static final String WITH_OU = VALID.replace("    attributes:\n", String.join("\n",
            "    usersOu: \"OU=Employees,DC=example,DC=test\"",
            "    ou:",
            "      value: \"{contract.departmentId}\"",
            "      table:",
            "        OE-210: \"OU=Wijkteam Noord,OU=Employees,DC=example,DC=test\"",
            "    attributes:\n"));

    @Test
    void anOuTableIsReadByThePolicyAndGivenToTheConnectorToCheckAndAMistakeNamesItsLine() {
        RosterConfig config = RosterConfig.parse("roster.yaml", WITH_OU);
        assertThat(config.targets().get("ad").settings()).containsKeys("url", "usersOu", "ou");
        assertThat(config.policy().targets().get("ad").attributes()).containsKey("ou");

        assertThatThrownBy(() -> RosterConfig.parse("roster.yaml", WITH_OU.replace(
                "\"OU=Wijkteam Noord,OU=Employees,DC=example,DC=test\"", "Wijkteam Noord")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("roster.yaml, line 15: targets.ad.ou.table.OE-210: 'Wijkteam Noord' is not a DN");
    }

    @Test
    void fullyManagedGroupsNeedARevokeLimitAndStayInTheConnectorsSettings() {
        String managed = VALID.replace("    url: ldap://127.0.0.1:389\n",
                "    url: ldap://127.0.0.1:389\n    managedGroups: [ GG-Finance ]\n");
        assertThatThrownBy(() -> RosterConfig.parse("roster.yaml", managed))
                .isInstanceOf(ConfigException.class)
                .hasMessage("roster.yaml, line 11: targets.ad.managedGroups can remove many memberships at once"
                        + " (everyone the rules do not give a group to); set a limit on them, e.g."
                        + " thresholds: { revoke: 5% }, so that a mass revoke waits for approval");

        RosterConfig config = RosterConfig.parse("roster.yaml", managed.replace("    managedGroups:",
                "    thresholds: { revoke: 5% }\n    managedGroups:"));
        assertThat(config.policy().targets().get("ad").managedGroups()).containsExactly("GG-Finance");
        assertThat(config.targets().get("ad").settings()).containsEntry("managedGroups", java.util.List.of("GG-Finance"));
    }

    @Test
    void driftOnAnAttributeWrittenOnlyAtCreationIsRefusedWithItsLine() {
        assertThatThrownBy(() -> RosterConfig.parse("roster.yaml", VALID.replace("on: create }", "on: create, drift: true }")))
                .hasMessage("roster.yaml, line 12: targets.ad.attributes.sAMAccountName.drift: an attribute written only"
                        + " at creation (on: create) is never corrected; remove drift or write on: always");
    }

    @Test
    void brokenYamlIsRefusedWithItsLine() {
        assertThatThrownBy(() -> RosterConfig.parse("roster.yaml", "vault:\n  url: [x\nsource: {"))
                .hasMessageStartingWith("roster.yaml, line ");
    }

    @Test
    void anUnknownSectionIsRefused() {
        assertThatThrownBy(() -> RosterConfig.parse("roster.yaml", VALID + "rulez: []\n"))
                .hasMessageStartingWith("roster.yaml, line 18: rulez is not a known section");
    }

    @Test
    void variablesAreReplacedAndAnUnsetOneIsNamedWithItsLine() {
        Map<String, String> env = Map.of("HOST", "dc1");
        String text = ConfigText.substitute("f.yaml", "a: ${HOST}\nb: ${PORT:-636}\n# ${IGNORED}\n", env::get);
        assertThat(text).isEqualTo("a: dc1\nb: 636\n# ${IGNORED}\n");
        assertThatThrownBy(() -> ConfigText.substitute("f.yaml", "a: 1\nb: ${NOPE}", env::get))
                .hasMessage("f.yaml, line 2: ${NOPE} is not set (neither a system property nor an environment variable)");
    }

    @Test
    void aSecretWrittenInTheFileIsRefusedAndAReferenceIsResolved() {
        EnvironmentSecrets secrets = new EnvironmentSecrets("roster.yaml", Map.of("targets.ad.bindPassword", 9));
        assertThatThrownBy(() -> secrets.resolve("targets.ad.bindPassword", "hunter2"))
                .hasMessage("roster.yaml, line 9: targets.ad.bindPassword must be a reference (env:NAME or file:PATH);"
                        + " secrets are never written in the configuration itself");
        System.setProperty("ROSTER_TEST_SECRET", "s3cret");
        assertThat(secrets.resolve("x", "env:ROSTER_TEST_SECRET")).isEqualTo("s3cret");
        assertThatThrownBy(() -> secrets.resolve("x", "env:ROSTER_TEST_UNSET_42"))
                .hasMessage("roster.yaml: x refers to ROSTER_TEST_UNSET_42, which is not set in the environment");
    }
}
