package dev.roster.model;

/**
 * What a target can do; the planner refuses at plan time what a target cannot. {@code OBSERVE} is
 * reading what the target has now ({@link Target.Observes}), which drift correction and fully
 * managed groups need.
 */
public enum Capability {
    CREATE, UPDATE, ENABLE, DISABLE, DELETE, GRANT, REVOKE, OBSERVE
}
