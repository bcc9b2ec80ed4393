package dev.roster.plan;

import dev.roster.model.AccountRef;
import dev.roster.model.AccountReference;
import dev.roster.model.Observation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values one target has now for the attributes with drift correction on, as the plan compares
 * them with what the rules give. Pure and immutable.
 */
final class Drift {

    private final String target;
    private final Set<String> attributes;
    private final Observation seen;
    private final Map<AccountRef, String> personByAccount;

    /**
     * @param attributes      the attributes with drift correction on
     * @param seen            the target's observation; null when none was made (then nothing is compared)
     * @param personByAccount the person of each account in the ledger
     */
    Drift(String target, Set<String> attributes, Observation seen, Map<AccountRef, String> personByAccount) {
        this.target = target;
        this.attributes = seen == null ? Set.of() : Set.copyOf(attributes);
        this.seen = seen;
        this.personByAccount = personByAccount;
    }

    /**
     * The attribute's value in the target now, written as plans write values: several values joined
     * by "; ", a reference to a Roster account as {@code person:ID}, "" when absent. Empty when the
     * attribute has no drift correction, or the account or attribute was not read.
     */
    Optional<String> actual(AccountRef account, String attribute) {
        if (!attributes.contains(attribute)) {
            return Optional.empty();
        }
        Map<String, List<String>> values = seen.valuesOf(account);
        List<String> list = values == null ? null : values.get(attribute);
        if (list == null) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder();
        for (String v : list) {
            String person = AccountReference.account(v).map(personByAccount::get).orElse(null);
            b.append(b.length() == 0 ? "" : "; ").append(person == null ? v : AccountReference.PREFIX + person);
        }
        return Optional.of(b.toString());
    }

    /** "drift: title was changed by hand in ad and is set back to what the rules give". */
    String because(Set<String> drifted) {
        return "drift: " + String.join(", ", drifted) + (drifted.size() == 1 ? " was" : " were")
                + " changed by hand in " + target + " and " + (drifted.size() == 1 ? "is" : "are")
                + " set back to what the rules give";
    }
}
