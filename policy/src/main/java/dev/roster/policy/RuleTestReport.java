package dev.roster.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of running rule-test fixtures: one case per fixture file and date, each with the
 * differences between the expected and the desired accounts (none when it passed).
 */
public record RuleTestReport(List<Case> cases) {
    public RuleTestReport {
        cases = List.copyOf(cases);
    }

    /** One fixture file as of one date. */
    public record Case(String file, String name, LocalDate asOf, List<String> differences) {
        public Case {
            differences = List.copyOf(differences);
        }

        public boolean passed() {
            return differences.isEmpty();
        }
    }

    public long passed() {
        return cases.stream().filter(Case::passed).count();
    }

    public long failed() {
        return cases.size() - passed();
    }

    /** True when every case passed. */
    public boolean ok() {
        return failed() == 0;
    }

    /** "PASS"/"FAIL" per case with its differences indented below, then a count line. */
    public String render() {
        StringBuilder b = new StringBuilder();
        for (Case c : cases) {
            b.append(c.passed() ? "PASS " : "FAIL ").append(c.file()).append(": ").append(c.name())
                    .append(" (as of ").append(c.asOf()).append(")\n");
            for (String d : c.differences()) {
                b.append("     ").append(d).append('\n');
            }
        }
        b.append(cases.size()).append(cases.size() == 1 ? " case: " : " cases: ").append(passed())
                .append(" passed, ").append(failed()).append(" failed\n");
        return b.toString();
    }
}
