package dev.roster.model;

/** What a target can do; the planner refuses at plan time what a target cannot. */
public enum Capability {
    CREATE, UPDATE, ENABLE, DISABLE, DELETE, GRANT, REVOKE
}
