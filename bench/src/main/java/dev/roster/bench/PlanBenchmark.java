package dev.roster.bench;

import dev.roster.model.AccountRef;
import dev.roster.model.Contract;
import dev.roster.model.Department;
import dev.roster.model.LedgerEntry;
import dev.roster.model.NamingConvention;
import dev.roster.model.Person;
import dev.roster.model.PersonName;
import dev.roster.model.Plan;
import dev.roster.plan.Planner;
import dev.roster.policy.DepartmentTree;
import dev.roster.policy.DesiredAccount;
import dev.roster.policy.DesiredState;
import dev.roster.policy.Policies;
import dev.roster.policy.Policy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Planning time for 10,000, 50,000 and 100,000 persons under 20 rules over two targets: the
 * desired state from the rules, then the plan against a ledger (empty: the first cycle; equal to
 * the desired state: the steady state, an empty plan). Prints one line per size and run.
 *
 * <pre>./mvnw -q -pl bench exec:exec -Dbench.main=dev.roster.bench.PlanBenchmark -Dbench.args="--sizes 10000,50000,100000"</pre>
 */
public final class PlanBenchmark {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final int DEPARTMENTS = 300;

    public static void main(String[] args) {
        List<Integer> sizes = List.of(10_000, 50_000, 100_000);
        int runs = 3;
        String[] a = args.length == 1 ? args[0].trim().split("\\s+") : args;
        for (int i = 0; i + 1 < a.length; i += 2) {
            if (a[i].equals("--sizes")) {
                sizes = java.util.Arrays.stream(a[i + 1].split(",")).map(Integer::parseInt).toList();
            } else if (a[i].equals("--runs")) {
                runs = Integer.parseInt(a[i + 1]);
            }
        }
        Policy policy = policy();
        DepartmentTree tree = DepartmentTree.of(departments());
        System.out.printf(Locale.ROOT, "plan benchmark: %d rules, 2 targets, %d departments, as of %s, %d cores, -Xmx%d MiB%n",
                policy.rules().size(), DEPARTMENTS, DAY, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (int size : sizes) {
            List<Person> persons = persons(size, 42);
            for (int run = 1; run <= runs; run++) {
                long t0 = System.nanoTime();
                DesiredState desired = policy.evaluate(persons, tree, DAY);
                long t1 = System.nanoTime();
                Plan first = new Planner().plan(desired, Map.of(), 1);
                long t2 = System.nanoTime();
                Map<String, Map<String, LedgerEntry>> ledger = ledgerOf(desired);
                long t3 = System.nanoTime();
                Plan steady = new Planner().plan(desired, ledger, 1);
                long t4 = System.nanoTime();
                System.out.printf(Locale.ROOT, "%,9d persons run %d: rules %6.0f ms, first plan %6.0f ms (%,d actions),"
                                + " steady plan %6.0f ms (%d actions); rules + steady plan %6.0f ms%n",
                        size, run, ms(t1 - t0), ms(t2 - t1), first.actions().size(), ms(t4 - t3),
                        steady.actions().size(), ms(t1 - t0 + t4 - t3));
            }
        }
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static Map<String, Map<String, LedgerEntry>> ledgerOf(DesiredState desired) {
        Map<String, Map<String, LedgerEntry>> ledger = new HashMap<>();
        desired.accounts().forEach((target, accounts) -> {
            Map<String, LedgerEntry> entries = new HashMap<>();
            for (DesiredAccount d : accounts.values()) {
                if (d.exists()) {
                    entries.put(d.personId(), new LedgerEntry(target, d.personId(), new AccountRef("ref-" + d.personId()),
                            d.enabled(), d.attributes(), d.permissions().keySet()));
                }
            }
            ledger.put(target, entries);
        });
        return ledger;
    }

    static List<Department> departments() {
        List<Department> out = new ArrayList<>();
        for (int i = 0; i < DEPARTMENTS; i++) {
            out.add(new Department("OE-" + (100 + i), "Afdeling " + i, i < 10 ? "" : "OE-" + (100 + i % 10), ""));
        }
        return out;
    }

    static List<Person> persons(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] titles = {"Verpleegkundige", "Verzorgende", "Teamleider", "Kok", "Secretaresse", "Arts"};
        List<Person> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = String.valueOf(100_000 + i);
            List<Contract> contracts = new ArrayList<>();
            int count = 1 + r.nextInt(3);
            for (int c = 0; c < count; c++) {
                LocalDate start = DAY.minusDays(r.nextInt(2000)).plusDays(30);
                LocalDate end = r.nextInt(4) == 0 ? start.plusDays(r.nextInt(700)) : null;
                contracts.add(new Contract(id + "-" + c, start, end, "OE-" + (100 + r.nextInt(DEPARTMENTS)), "Afdeling",
                        titles[r.nextInt(titles.length)], "", "", "", "Zorggroep", BigDecimal.valueOf(8 + r.nextInt(29)),
                        Map.of()));
            }
            out.add(new Person(id, new PersonName("Voornaam" + i, "", "V.", r.nextInt(3) == 0 ? "van der" : "",
                    "Achternaam" + (i % 5000), "", "", NamingConvention.B), "", null, "", Map.of("Vestiging",
                    r.nextBoolean() ? "UTR" : "AMF"), contracts));
        }
        return out;
    }

    /** Two targets; 20 rules: per-department groups, title rules, sub-department and custom-field rules. */
    static Policy policy() {
        Map<String, Object> ad = new LinkedHashMap<>();
        ad.put("attributes", Map.of(
                "sAMAccountName", Map.of("value", "{person.callName|username}.{person.familyName|username}", "on", "create"),
                "displayName", "{person.displayName}", "department", "{contract.departmentName}", "title", "{contract.title}"));
        ad.put("lifecycle", Map.of("createDaysBefore", 14, "deleteDaysAfter", 30));
        Map<String, Object> ons = new LinkedHashMap<>();
        ons.put("attributes", Map.of("name", "{person.displayName}"));
        ons.put("lifecycle", Map.of("disableDaysAfter", 7));
        List<Object> rules = new ArrayList<>();
        rules.add(Map.of("name", "staff", "target", "ad", "permissions", List.of("all-staff"),
                "contractPermissions", List.of("dep-{contract.departmentId}")));
        rules.add(Map.of("name", "care", "target", "ons", "contractPermissions", List.of("team-{contract.departmentId}")));
        String[] titles = {"Verpleegkundige", "Verzorgende", "Teamleider", "Kok", "Secretaresse", "Arts"};
        for (int i = 0; i < 6; i++) {
            rules.add(Map.of("name", "title-" + i, "target", "ad", "permissions", List.of("role-" + i),
                    "when", Map.of("all", List.of(Map.of("field", "contract.title", "equals", titles[i])))));
        }
        for (int i = 0; i < 10; i++) {
            rules.add(Map.of("name", "division-" + i, "target", "ad", "permissions", List.of("division-" + i),
                    "when", Map.of("all", List.of(Map.of("field", "contract.departmentId", "in", List.of("OE-" + (100 + i)),
                            "includeSubDepartments", true), Map.of("field", "contract.hours", "atLeast", 12)))));
        }
        rules.add(Map.of("name", "utrecht", "target", "ad", "permissions", List.of("site-utr"),
                "when", Map.of("all", List.of(Map.of("field", "person.field.Vestiging", "equals", "UTR")))));
        rules.add(Map.of("name", "not-utrecht", "target", "ad", "permissions", List.of("site-other"),
                "when", Map.of("all", List.of(Map.of("not", Map.of("field", "person.field.Vestiging", "equals", "UTR")),
                        Map.of("field", "contract.title", "matches", "Verp.*|Verz.*")))));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("targets", Map.of("ad", ad, "ons", ons));
        root.put("rules", rules);
        return Policies.parse("plan-benchmark", root);
    }

    private PlanBenchmark() {
    }
}
