-- Snapshots no longer copy the links of unchanged persons. A person's link to a version is kept
-- once for the run of accepted snapshots that has it: from first_revision to last_revision, or,
-- while last_revision is null, up to the current snapshot. Storing a snapshot then writes only
-- what changed (at 100,000 persons and a change of 1%, copying the other 99% was most of it).
-- A held snapshot, and a superseded one, is not part of that run: its links are kept whole in
-- held_link, and move to person_link when it is approved.
-- Same dialect rules as V1 (plain SQL for H2 2.x and PostgreSQL 12+).
CREATE TABLE person_link (
    person_id      VARCHAR     NOT NULL,
    version_id     BIGINT      NOT NULL REFERENCES person_version (id),
    hash           VARCHAR(64) NOT NULL, -- the version's hash
    first_revision BIGINT      NOT NULL, -- the first accepted snapshot with this link
    last_revision  BIGINT,               -- the last one; null: still in the current snapshot
    PRIMARY KEY (person_id, first_revision)
);
CREATE INDEX person_link_last ON person_link (last_revision);
CREATE INDEX person_link_version ON person_link (version_id);

CREATE TABLE held_link (
    revision   BIGINT      NOT NULL REFERENCES snapshot (revision),
    person_id  VARCHAR     NOT NULL,
    version_id BIGINT      NOT NULL REFERENCES person_version (id),
    hash       VARCHAR(64) NOT NULL,
    PRIMARY KEY (revision, person_id)
);
CREATE INDEX held_link_person ON held_link (person_id);
CREATE INDEX held_link_version ON held_link (version_id);

INSERT INTO held_link (revision, person_id, version_id, hash)
SELECT sp.revision, sp.person_id, sp.version_id, sp.hash
FROM snapshot_person sp JOIN snapshot s ON s.revision = sp.revision
WHERE s.status <> 'ACCEPTED';

-- Runs of one version in consecutive accepted snapshots: within a run, the snapshot's position
-- among the accepted ones minus the link's position among the person's links to that version
-- stays the same.
INSERT INTO person_link (person_id, version_id, hash, first_revision, last_revision)
SELECT person_id, version_id, MAX(hash), MIN(revision),
       CASE WHEN MAX(revision) = (SELECT MAX(revision) FROM snapshot WHERE status = 'ACCEPTED')
            THEN NULL ELSE MAX(revision) END
FROM (SELECT sp.person_id, sp.version_id, sp.hash, sp.revision,
             a.n - ROW_NUMBER() OVER (PARTITION BY sp.person_id, sp.version_id ORDER BY a.n) AS run
      FROM snapshot_person sp
      JOIN (SELECT revision, ROW_NUMBER() OVER (ORDER BY revision) AS n
            FROM snapshot WHERE status = 'ACCEPTED') a ON a.revision = sp.revision) r
GROUP BY person_id, version_id, run;

DROP TABLE snapshot_person;
