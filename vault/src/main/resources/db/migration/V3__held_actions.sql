-- Roster vault, third schema: actions a target threshold held back from a run, waiting for an
-- administrator's approval (roster approve run ID). The held actions are kept as plan JSON.
CREATE TABLE held_actions (
    run_id         BIGINT                   NOT NULL PRIMARY KEY,
    revision       BIGINT                   NOT NULL,
    plan           TEXT                     NOT NULL,
    breaches       TEXT                     NOT NULL,  -- JSON list of messages
    held_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    released_by    VARCHAR,
    released_at    TIMESTAMP WITH TIME ZONE,
    release_reason VARCHAR,
    released_kinds VARCHAR                             -- JSON list of the verbs released
);
