package dev.roster.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.ConfigException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleTestsTest {

    static final Policy POLICY = People.resourcePolicy();

    static Path resource(String name) throws URISyntaxException {
        return Path.of(RuleTestsTest.class.getResource("/" + name).toURI());
    }

    @Test
    void theProjectsOwnRuleFixturesPass() throws Exception {
        RuleTestReport report = RuleTests.run(POLICY, resource("rules"));

        assertThat(report.ok()).as(report.render()).isTrue();
        assertThat(report.cases()).hasSize(16);
        assertThat(report.render()).contains("PASS joiner.yaml: enabled on the first day with the groups of the "
                + "sub-department (as of 2026-03-01)").endsWith("16 cases: 16 passed, 0 failed\n");
    }

    @Test
    void aWrongExpectationIsReportedWithItsDifferences() throws Exception {
        RuleTestReport report = RuleTests.run(POLICY, resource("rules-wrong"));

        assertThat(report.passed()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(2);
        assertThat(report.cases().get(0).differences()).containsExactly(
                "ad/1: state is enabled, expected disabled (staff: contract 1-1 in OE-300 runs from 2026-01-01)",
                "ad/1: missing permissions [dep-OE-999]; has [all-staff, dep-OE-300]",
                "ad/1: unexpected permissions [dep-OE-300]; expected [all-staff, dep-OE-999]",
                "ad/1: attribute title is 'Receptionist', expected 'Arts'");
        assertThat(report.cases().get(1).differences()).containsExactly("ad/1: expected enabled, got no account");
        assertThat(report.render()).contains("FAIL wrong.yaml: a wrong expectation the runner must report (as of 2026-02-01)")
                .endsWith("3 cases: 1 passed, 2 failed\n");
    }

    @Test
    void aMalformedFixtureIsRefusedNamingFileAndSetting(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), """
                persons:
                  - id: "1"
                    contracts: [ { id: c, start: 2026-13-01 } ]
                asOf: 2026-01-01
                expect: { ad: {} }
                """);
        assertThatThrownBy(() -> RuleTests.run(POLICY, dir)).isInstanceOf(ConfigException.class)
                .hasMessage("bad.yaml: persons[0].contracts[0].start: '2026-13-01' is not a date like 2026-03-01");
        Files.writeString(dir.resolve("bad.yaml"), "persons: []\nasOf: 2026-01-01\nexpect: { adx: {} }\n");
        assertThatThrownBy(() -> RuleTests.run(POLICY, dir))
                .hasMessage("bad.yaml: expect.adx: is not a target of the rules; targets are [ad, ons]");
    }

    @Test
    void anEmptyDirectoryIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> RuleTests.run(POLICY, dir)).hasMessageEndingWith("no fixture files (*.yaml) to run");
    }
}
