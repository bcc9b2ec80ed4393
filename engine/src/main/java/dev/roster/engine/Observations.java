package dev.roster.engine;

import dev.roster.model.AccountRef;
import dev.roster.model.Capability;
import dev.roster.model.ConfigException;
import dev.roster.model.Observation;
import dev.roster.model.Target;
import dev.roster.model.TargetException;
import dev.roster.plan.Watch;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what a target has now, before planning, for the targets whose configuration asks the plan
 * to compare with the target itself (drift correction, fully managed groups). A failed or
 * incomplete read stops planning: a plan made without it could revoke or overwrite by mistake.
 */
final class Observations {

    private static final Logger LOG = LoggerFactory.getLogger(Observations.class);

    private Observations() {
    }

    /**
     * @param file         the configuration file, for messages
     * @param capabilities what the target's connector says it can do
     * @param target       opens (or returns the open) target
     * @param accounts     Roster's accounts there, of the persons not excluded
     * @param untouched    the accounts of excluded persons: left out of the observation
     * @throws TargetException when the target cannot be read completely
     * @throws ConfigException when its connector cannot read what it has
     */
    static Observation read(String file, String name, String type, Set<Capability> capabilities,
            Supplier<Target> target, Watch watch, Set<AccountRef> accounts, Set<AccountRef> untouched) {
        String what = describe(watch);
        ConfigException cannot = new ConfigException(file + ": targets." + name + ": " + what
                + " need a connector that reads what the target has; connector type " + type + " cannot");
        if (!capabilities.contains(Capability.OBSERVE)) {
            throw cannot;
        }
        if (!(target.get() instanceof Target.Observes observes)) {
            throw cannot;
        }
        long started = System.nanoTime();
        Observation seen;
        try {
            seen = observes.observe(accounts, watch.driftAttributes(), watch.managedGroups());
        } catch (TargetException e) {
            throw new TargetException("target " + name + ": cannot read " + what + ", so nothing was planned: "
                    + e.getMessage(), e.retryable(), e);
        }
        for (String group : watch.managedGroups()) {
            Observation.Group read = seen.groups().get(group);
            if (read == null) {
                throw new TargetException("target " + name + ": the connector did not read the members of the fully"
                        + " managed group " + group + ", so nothing was planned", false);
            }
            long left = read.members().stream().filter(m -> m.kind() != Observation.Member.Kind.ACCOUNT).count();
            if (left > 0) {
                LOG.info("{}: fully managed group {} holds {} nested groups or members out of reach; left alone",
                        name, group, left);
            }
        }
        LOG.info("{}: read {} in {} ms", name, what, Duration.ofNanos(System.nanoTime() - started).toMillis());
        return seen.without(untouched);
    }

    /** "attributes with drift [title] and managedGroups [GG-Finance]". */
    static String describe(Watch watch) {
        boolean drift = !watch.driftAttributes().isEmpty();
        boolean groups = !watch.managedGroups().isEmpty();
        return (drift ? "attributes with drift " + watch.driftAttributes() : "") + (drift && groups ? " and " : "")
                + (groups ? "managedGroups " + watch.managedGroups() : "");
    }
}
