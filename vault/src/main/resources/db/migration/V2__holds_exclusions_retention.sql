-- Roster vault, second schema: held snapshots, exclusions, and indexes for diffs and retention.
-- Same dialect rules as V1 (plain SQL for H2 2.x and PostgreSQL 12+).

-- Every stored snapshot keeps its number in snapshot.revision. Status: ACCEPTED (may be the
-- current one: the highest accepted number is the vault revision), HELD (over a source
-- threshold, waiting for approval; at most one, always the newest) or SUPERSEDED (was held, a
-- newer snapshot came). Rows stored before V2 were all accepted.
ALTER TABLE snapshot ADD COLUMN status VARCHAR NOT NULL DEFAULT 'ACCEPTED';
ALTER TABLE snapshot ADD COLUMN blocked VARCHAR NOT NULL DEFAULT '[]';  -- JSON list of messages
ALTER TABLE snapshot ADD COLUMN breaches VARCHAR NOT NULL DEFAULT '[]'; -- JSON list of messages
ALTER TABLE snapshot ADD COLUMN approved_by VARCHAR;
ALTER TABLE snapshot ADD COLUMN approved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE snapshot ADD COLUMN approval_reason VARCHAR;
CREATE INDEX snapshot_status ON snapshot (status, revision);

-- Retention deletes by person and by version; PostgreSQL does not index foreign keys itself.
-- After pruning, person_version.first_revision is the first snapshot still kept that has it.
CREATE INDEX snapshot_person_person ON snapshot_person (person_id);
CREATE INDEX snapshot_person_version ON snapshot_person (version_id);
CREATE INDEX ledger_deleted_person ON ledger_deleted (person_id);

-- Persons an administrator excluded: their accounts are left untouched until included again.
CREATE TABLE exclusion (
    person_id   VARCHAR                  NOT NULL PRIMARY KEY,
    actor       VARCHAR                  NOT NULL,
    reason      VARCHAR                  NOT NULL,
    excluded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
