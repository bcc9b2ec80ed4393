package dev.roster.policy;

import dev.roster.model.Contract;
import dev.roster.model.Department;
import dev.roster.model.NamingConvention;
import dev.roster.model.Person;
import dev.roster.model.PersonName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Evaluates 10,000, 50,000 and 100,000 synthetic persons (one to three contracts each, past,
 * running and future) against 20 rules in two targets and prints persons per second. Run with
 * {@code java -cp ... dev.roster.policy.PolicyBenchmark}; see the module's report for the command.
 */
public final class PolicyBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
    static final String[] TITLES = {"Verpleegkundige", "Verzorgende IG", "Arts", "Teamleider", "Schoonmaker",
        "Medewerker facilitair", "Fysiotherapeut", "Secretaresse", "Psycholoog", "Helpende"};
    static final String[] GIVEN = {"Zoë", "Jan", "Fatima", "Piet", "Anna", "Mohamed", "Eva", "Kees", "Lotte", "Sem"};
    static final String[] FAMILY = {"Çelik", "Vries", "Bakker", "Jansen", "Visser", "Smit", "Meijer", "Mulder"};
    static final String[] PREFIX = {"", "", "de", "van", "van der", ""};

    static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        Policy policy = People.policy(config());
        DepartmentTree tree = tree();
        List<Person> all = persons(100_000, new Random(42));
        System.out.printf("%d rules, %d targets, %d departments%n", policy.rules().size(), policy.targets().size(), tree.size());
        for (int i = 0; i < 5; i++) {
            policy.evaluate(all.subList(0, 20_000), tree, AS_OF);
        }
        for (int n : new int[] {10_000, 50_000, 100_000}) {
            List<Person> persons = all.subList(0, n);
            long best = Long.MAX_VALUE;
            long bestCpu = Long.MAX_VALUE;
            int accounts = 0;
            for (int run = 0; run < 3; run++) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                accounts = policy.evaluate(persons, tree, AS_OF).count();
                best = Math.min(best, System.nanoTime() - t);
                bestCpu = Math.min(bestCpu, THREADS.getCurrentThreadCpuTime() - cpu);
            }
            System.out.printf("%,7d persons: %,6d ms wall (%,6d ms cpu), %,9.0f persons/s, %,d accounts%n", n,
                    best / 1_000_000, bestCpu / 1_000_000, n / (best / 1e9), accounts);
        }
        long t = System.nanoTime();
        int events = policy.calendar(all, tree, AS_OF, AS_OF.plusDays(30)).size();
        System.out.printf("calendar of 30 days for 100,000 persons: %,d ms, %,d events%n",
                (System.nanoTime() - t) / 1_000_000, events);
    }

    static String config() {
        StringBuilder b = new StringBuilder("""
                targets:
                  ad:
                    attributes:
                      cn:                { value: "{person.displayName}", on: create }
                      sAMAccountName:    { value: "{person.callName|username}.{person.familyName|username}", on: create }
                      userPrincipalName: { value: "{person.callName|username}.{person.familyName|username}@example.test", on: create }
                      mail:              { value: "{person.callName|username}.{person.familyName|username}@example.test", on: create }
                      employeeID:        { value: "{person.id}", on: create }
                      givenName:   "{person.callName}"
                      sn:          "{person.familyName}"
                      initials:    "{person.initials|max:6}"
                      displayName: "{person.displayName}"
                      department:  "{contract.departmentName}"
                      title:       "{contract.title}"
                    lifecycle: { createDaysBefore: 14, disableDaysAfter: 0, deleteDaysAfter: 30 }
                  ons:
                    attributes: { name: "{person.displayName}", team: "{contract.departmentId}" }
                    lifecycle: { disableDaysAfter: 7 }
                rules:
                  - { name: staff, target: ad, permissions: [all-staff], contractPermissions: ["dep-{contract.departmentId}"] }
                  - { name: ons-care, target: ons, when: { contracts: primary, field: contract.departmentId, in: [OE-1], includeSubDepartments: true },
                      contractPermissions: ["team-{contract.departmentId}"] }
                """);
        String[] shapes = {
            "{ contracts: any, all: [ { field: contract.departmentId, in: [OE-1%1$d, OE-2%1$d], includeSubDepartments: true }, { field: contract.title, startsWith: Verpleeg } ] }",
            "{ contracts: primary, field: contract.title, matches: '(Arts|Psycholoog|Fysio.*)' }",
            "{ contracts: all, any: [ { field: contract.hours, atLeast: %1$d }, { field: person.field.ismanager, equals: \"true\" } ] }",
            "{ contracts: any, all: [ { field: contract.costCenter, startsWith: [CC%1$d] }, { not: { field: person.field.udf.Vestiging, equals: UTR } } ] }",
            "{ contracts: any, field: contract.location, in: [LOC-%1$d, LOC-1%1$d] }",
            "{ contracts: primary, all: [ { field: person.field.udf.Vestiging, equals: AMF }, { field: contract.departmentId, equals: OE-3%1$d } ] }"};
        for (int i = 0; i < 18; i++) {
            b.append("  - { name: r").append(i).append(", target: ad, permissions: [g-").append(i)
                    .append("], contractPermissions: [\"r").append(i).append("-{contract.departmentId}\"], when: ")
                    .append(String.format(shapes[i % shapes.length], i + 1)).append(" }\n");
        }
        return b.toString();
    }

    static DepartmentTree tree() {
        List<Department> out = new ArrayList<>();
        out.add(new Department("OE-1", "Root", "", ""));
        for (int i = 2; i <= 300; i++) {
            out.add(new Department("OE-" + i, "Afdeling " + i, "OE-" + (i / 3 == 0 ? 1 : Math.max(1, i / 3)), ""));
        }
        return DepartmentTree.of(out);
    }

    static List<Person> persons(int n, Random r) {
        List<Person> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = String.valueOf(100_000 + i);
            List<Contract> contracts = new ArrayList<>();
            int count = 1 + r.nextInt(3);
            for (int k = 0; k < count; k++) {
                LocalDate start = AS_OF.minusDays(r.nextInt(3000) - 60);
                LocalDate end = r.nextInt(4) == 0 ? start.plusDays(30 + r.nextInt(900)) : null;
                contracts.add(new Contract(id + "-" + k, start, end, "OE-" + (2 + r.nextInt(299)), "Afdeling",
                        TITLES[r.nextInt(TITLES.length)], "", "CC" + r.nextInt(40), "LOC-" + r.nextInt(30), "Zorg BV",
                        BigDecimal.valueOf(8 + r.nextInt(29)), Map.of()));
            }
            PersonName name = new PersonName(GIVEN[r.nextInt(GIVEN.length)], "", "A.B.", PREFIX[r.nextInt(PREFIX.length)],
                    FAMILY[r.nextInt(FAMILY.length)], "", "", NamingConvention.B);
            out.add(new Person(id, name, "", null, "", Map.of("udf.Vestiging", r.nextBoolean() ? "AMF" : "UTR",
                    "ismanager", r.nextInt(10) == 0 ? "true" : "false"), contracts));
        }
        return out;
    }
}
