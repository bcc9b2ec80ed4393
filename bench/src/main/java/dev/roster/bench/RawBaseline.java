package dev.roster.bench;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RDN;
import dev.roster.model.AccountReference;
import dev.roster.model.Action;
import dev.roster.model.Plan;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The target's own limit: a plain UnboundID client adds the user entries and group memberships a
 * plan creates, with as many connections as Roster uses: first the entries, shared out over the
 * connections, then each group's new members in modifies of up to {@value #BATCH} values, the
 * groups shared out over the connections, as Roster does. Only what any client must send: no
 * correlation, no name checks, no read-back, no journal. The entries go to the Baseline OU, with
 * names made unique within the batch by a counter (Roster checks the directory instead) and
 * prefixed with "r", apart from the accounts a real domain already has.
 *
 * <p>An entry's manager is the DN of the manager's raw entry, as Roster sends the manager's account,
 * when the plan creates the manager before (else left out, as Roster leaves it out). AD refuses a
 * manager that does not exist yet, so the entries go in waves: those without a manager among them
 * first, then those whose manager is in the wave before, and so on; each wave is shared out over
 * the connections and done before the next starts, as Roster's creates wait for their manager's.
 */
final class RawBaseline {

    /** Members per modify: the batch size of Roster's AD target. */
    static final int BATCH = 500;

    /** What the raw client did, and how fast; {@code added} are the entries' DNs, for clearing up. */
    record Result(int entries, int memberships, int managers, int waves, int connections, long nanos, List<DN> added) {
        int operations() {
            return entries + memberships;
        }

        double perSecond() {
            return operations() / (nanos / 1e9);
        }
    }

    private record Person(Entry entry, List<DN> groups, int wave) {
    }

    private RawBaseline() {
    }

    static Result run(BenchDirectory directory, Map<String, DN> groups, Plan plan, int connections)
            throws LDAPException {
        List<Person> persons = persons(directory, groups, plan);
        Map<DN, List<String>> members = new LinkedHashMap<>();
        for (Person p : persons) {
            for (DN group : p.groups()) {
                members.computeIfAbsent(group, g -> new ArrayList<>()).add(p.entry().getDN());
            }
        }
        List<LDAPConnection> open = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            for (int i = 0; i < connections; i++) {
                open.add(directory.connect());
            }
            List<List<Person>> waves = waves(persons);
            long started = System.nanoTime();
            for (List<Person> wave : waves) {
                onEach(pool, open, shares(wave, connections), (c, p) -> c.add(p.entry()));
            }
            onEach(pool, open, shares(members.entrySet(), connections), (c, group) -> {
                List<String> all = group.getValue();
                for (int from = 0; from < all.size(); from += BATCH) {
                    c.modify(group.getKey().toString(), new Modification(ModificationType.ADD, "member",
                            all.subList(from, Math.min(all.size(), from + BATCH)).toArray(String[]::new)));
                }
            });
            long nanos = System.nanoTime() - started;
            int memberships = persons.stream().mapToInt(p -> p.groups().size()).sum();
            List<DN> added = new ArrayList<>(persons.size());
            for (Person p : persons) {
                added.add(p.entry().getParsedDN());
            }
            int managers = (int) persons.stream().filter(p -> p.entry().hasAttribute("manager")).count();
            return new Result(persons.size(), memberships, managers, waves.size(), connections, nanos, added);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("raw baseline interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("raw baseline failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
            open.forEach(LDAPConnection::close);
        }
    }

    /** The persons by wave: those whose manager is in wave n go in wave n + 1 (see the class). */
    private static List<List<Person>> waves(List<Person> persons) {
        List<List<Person>> waves = new ArrayList<>();
        for (Person p : persons) {
            while (waves.size() <= p.wave()) {
                waves.add(new ArrayList<>());
            }
            waves.get(p.wave()).add(p);
        }
        return waves;
    }

    /** One item's writes over one connection. */
    private interface Write<T> {
        void to(LDAPConnection connection, T item) throws LDAPException;
    }

    /** {@code items} dealt out round-robin into {@code n} shares. */
    private static <T> List<List<T>> shares(Collection<T> items, int n) {
        List<List<T>> shares = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            shares.add(new ArrayList<>());
        }
        int i = 0;
        for (T item : items) {
            shares.get(i++ % n).add(item);
        }
        return shares;
    }

    /** Each connection writes its share, all side by side; returns when all are done. */
    private static <T> void onEach(ExecutorService pool, List<LDAPConnection> open, List<List<T>> shares,
            Write<T> write) throws InterruptedException, ExecutionException {
        List<Future<Void>> running = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            LDAPConnection c = open.get(i);
            List<T> share = shares.get(i);
            running.add(pool.submit(() -> {
                for (T item : share) {
                    write.to(c, item);
                }
                return null;
            }));
        }
        for (Future<Void> f : running) {
            f.get();
        }
    }

    /** Deletes the entries the raw client added, one by one over {@code connections} connections. */
    static void remove(BenchDirectory directory, List<DN> entries, int connections) throws LDAPException {
        List<LDAPConnection> open = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            for (int i = 0; i < connections; i++) {
                open.add(directory.connect());
            }
            onEach(pool, open, shares(entries, connections), (c, dn) -> c.delete(dn.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("removing the raw baseline's entries interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("removing the raw baseline's entries failed: " + e.getCause().getMessage(),
                    e.getCause());
        } finally {
            pool.shutdownNow();
            open.forEach(LDAPConnection::close);
        }
    }

    /** The plan's creates as entries under Baseline, each with the raw groups of its grants. */
    private static List<Person> persons(BenchDirectory directory, Map<String, DN> groups, Plan plan)
            throws LDAPException {
        DN ou = directory.ou("Baseline");
        Map<String, List<DN>> grants = new LinkedHashMap<>();
        for (Action a : plan.actions()) {
            if (a instanceof Action.Grant g && groups.containsKey(g.permission())) {
                grants.computeIfAbsent(g.personId(), k -> new ArrayList<>()).add(groups.get(g.permission()));
            }
        }
        Set<String> taken = new HashSet<>();
        List<Person> out = new ArrayList<>();
        Map<String, Person> byId = new java.util.HashMap<>(); // the creates before, by person id
        byte[] password = directory.secure() ? ("\"Rb-" + Long.toHexString(System.nanoTime()) + "!x\"")
                .getBytes(StandardCharsets.UTF_16LE) : null;
        for (Action a : plan.actions()) {
            if (!(a instanceof Action.Create c)) {
                continue;
            }
            List<Attribute> attributes = new ArrayList<>();
            attributes.add(new Attribute("objectClass", BenchDirectory.USER_CLASSES.split(",")));
            String cn = null;
            int wave = 0;
            for (Map.Entry<String, String> e : c.attributes().entrySet()) {
                String name = e.getKey();
                String value = e.getValue();
                if (value == null || value.isBlank()) {
                    continue;
                }
                Optional<String> referenced = AccountReference.person(value);
                if (referenced.isPresent()) { // another person's account: their raw entry, made before
                    Person other = byId.get(referenced.get());
                    if (other != null) {
                        attributes.add(new Attribute(name, other.entry().getDN()));
                        wave = Math.max(wave, other.wave() + 1);
                    }
                    continue;
                }
                value = switch (name.toLowerCase(Locale.ROOT)) {
                    // "r" keeps the raw entries' names apart from accounts already in a real domain
                    case "samaccountname" -> unique(taken, "sam:", "r" + sam(value), 20);
                    case "userprincipalname", "mail" -> unique(taken, name + ':', "r" + value, 256);
                    default -> value;
                };
                if (name.equalsIgnoreCase("cn")) {
                    cn = unique(taken, "cn:", value, 64);
                    value = cn;
                }
                attributes.add(new Attribute(name, value));
            }
            attributes.add(new Attribute("userAccountControl", c.enabled() ? "512" : "514"));
            if (password != null) {
                attributes.add(new Attribute("unicodePwd", password));
            }
            String rdn = cn != null ? cn : c.personId();
            Person person = new Person(new Entry(new DN(new RDN("CN", rdn), ou), attributes),
                    grants.getOrDefault(c.personId(), List.of()), wave);
            out.add(person);
            byId.put(c.personId(), person);
        }
        return out;
    }

    private static String sam(String value) {
        String cleaned = value.replaceAll("[\"/\\\\\\[\\]:;|=,+*?<>@ ]", "");
        return cleaned.isEmpty() ? "user" : cleaned;
    }

    private static String unique(Set<String> taken, String kind, String value, int max) {
        String candidate = value.length() > max ? value.substring(0, max) : value;
        for (int i = 2; !taken.add(kind + candidate.toLowerCase(Locale.ROOT)); i++) {
            String suffix = Integer.toString(i);
            int at = value.indexOf('@');
            candidate = at > 0 ? value.substring(0, at) + suffix + value.substring(at)
                    : (value.length() + suffix.length() > max ? value.substring(0, max - suffix.length()) : value) + suffix;
        }
        return candidate;
    }
}
