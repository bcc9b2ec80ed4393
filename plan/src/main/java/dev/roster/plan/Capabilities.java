package dev.roster.plan;

import dev.roster.model.Action;
import dev.roster.model.Capability;
import dev.roster.model.Reason;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one target can do, and what the plan does instead of a disable where it cannot: delete the
 * account ({@code DELETE}) or leave it, with the permissions Roster granted revoked ({@code KEEP}).
 * An action the target cannot do at all is left out of the plan, never sent to fail.
 */
public record Capabilities(Set<Capability> supported, WithoutDisable withoutDisable) {

    /** The alternative to a disable for a target that cannot disable. */
    public enum WithoutDisable { DELETE, KEEP }

    public static final Capabilities ALL = new Capabilities(EnumSet.allOf(Capability.class), WithoutDisable.KEEP);

    public Capabilities {
        supported = supported.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(supported);
        Objects.requireNonNull(withoutDisable, "withoutDisable");
    }

    /** The actions of one target, each kept, replaced by its alternative, or left out. */
    List<Action> apply(List<Action> actions) {
        List<Action> out = new ArrayList<>(actions.size());
        for (Action a : actions) {
            if (a instanceof Action.Disable d && !supported.contains(Capability.DISABLE)) {
                if (withoutDisable == WithoutDisable.DELETE && supported.contains(Capability.DELETE)) {
                    out.add(new Action.Delete(d.target(), d.personId(), new Reason(d.reason().rule(),
                            d.reason().because() + "; target " + d.target() + " cannot disable, so the account is"
                                    + " deleted instead (withoutDisable: delete)")));
                }
            } else if (supported.contains(required(a))) {
                out.add(a);
            }
        }
        return out;
    }

    private static Capability required(Action a) {
        if (a instanceof Action.Create) {
            return Capability.CREATE;
        } else if (a instanceof Action.Update) {
            return Capability.UPDATE;
        } else if (a instanceof Action.Enable) {
            return Capability.ENABLE;
        } else if (a instanceof Action.Disable) {
            return Capability.DISABLE;
        } else if (a instanceof Action.Delete) {
            return Capability.DELETE;
        } else if (a instanceof Action.Grant) {
            return Capability.GRANT;
        }
        return Capability.REVOKE;
    }
}
