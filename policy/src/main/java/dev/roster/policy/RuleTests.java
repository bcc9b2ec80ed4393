package dev.roster.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.roster.model.ConfigException;
import dev.roster.model.Person;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Rules as code: runs fixture files against a policy and reports the differences. Each
 * {@code *.yaml} (or {@code *.yml}) file directly in the directory is one fixture:
 *
 * <pre>
 * name: a joiner gets a disabled account before the start   # optional; the file name otherwise
 * departments: [ { id: OE-200 }, { id: OE-210, parent: OE-200 } ]   # optional
 * persons:
 *   - id: "100235"
 *     name: { given: Zoë, birthNamePrefix: van der, birthName: Çelik }
 *     fields: { ismanager: "true" }
 *     contracts:
 *       - { id: 100235-1-1, start: 2026-03-01, end: 2026-12-31, department: OE-210, title: Verpleegkundige, hours: 24 }
 * cases:                              # or asOf (a date or a list of dates) and expect at the top
 *   - asOf: 2026-02-14
 *     expect:
 *       ad:
 *         "100235": { state: disabled, permissions: [] }
 *   - asOf: 2026-03-01
 *     expect:
 *       ad:
 *         "100235": { state: enabled, permissions: [dep-OE-210], attributes: { department: Zorg } }
 * </pre>
 *
 * For every target named under {@code expect}, every person of the fixture is checked: a person
 * not listed must have no account there; {@code state} is enabled, disabled, deleted or none
 * (a bare state may stand for the whole mapping); {@code permissions}, when given, must match
 * exactly; {@code attributes}, when given, only those listed are compared.
 */
public final class RuleTests {

    private static final Set<String> FIXTURE_KEYS = Set.of("name", "description", "departments", "persons",
            "cases", "asOf", "expect");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private RuleTests() {
    }

    /**
     * @throws ConfigException when the directory holds no fixture or a fixture is malformed (naming
     *     the file and setting), or cannot be read
     */
    public static RuleTestReport run(Policy policy, Path dir) {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ConfigException(dir + ": cannot list the fixtures: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new ConfigException(dir + ": no fixture files (*.yaml) to run");
        }
        List<RuleTestReport.Case> cases = new ArrayList<>();
        for (Path file : files) {
            cases.addAll(fixture(policy, file));
        }
        return new RuleTestReport(cases);
    }

    private static List<RuleTestReport.Case> fixture(Policy policy, Path file) {
        String where = file.getFileName().toString();
        Object root;
        try {
            root = YAML.readValue(file.toFile(), Object.class);
        } catch (IOException e) {
            throw new ConfigException(where + ": cannot read the fixture: " + e.getMessage(), e);
        }
        Map<String, Object> map = Nodes.map(where, root);
        Nodes.onlyKeys(where, map, FIXTURE_KEYS);
        String name = Nodes.string(where, map, "name", where.replaceFirst("\\.ya?ml$", ""));
        DepartmentTree departments = DepartmentTree.of(Fixtures.departments(where + ": departments", map.get("departments")));
        List<Person> persons = Fixtures.persons(where + ": persons", map.get("persons"));
        List<RuleTestReport.Case> out = new ArrayList<>();
        if (map.containsKey("cases")) {
            List<?> items = Nodes.list(where + ": cases", map.get("cases"));
            for (int i = 0; i < items.size(); i++) {
                String at = where + ": cases[" + i + "]";
                Map<String, Object> c = Nodes.map(at, items.get(i));
                Nodes.onlyKeys(at, c, Set.of("name", "asOf", "expect"));
                String caseName = Nodes.string(at, c, "name", name);
                out.addAll(cases(policy, where, at, caseName, persons, departments, c));
            }
        } else {
            out.addAll(cases(policy, where, where + ":", name, persons, departments, map));
        }
        return out;
    }

    private static List<RuleTestReport.Case> cases(Policy policy, String file, String where, String name,
            List<Person> persons, DepartmentTree departments, Map<String, Object> node) {
        Object asOf = node.get("asOf");
        List<?> dates = asOf instanceof List<?> l ? l : List.of(asOf == null ? "" : asOf);
        Expectations expect = Expectations.parse(where + " expect", node.get("expect"), persons, policy.targets().keySet());
        List<RuleTestReport.Case> out = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate day = Fixtures.date(where + " asOf", dates.get(i));
            DesiredState desired = policy.evaluate(persons, departments, day);
            out.add(new RuleTestReport.Case(file, name, day, expect.differences(desired)));
        }
        return out;
    }
}
