-- Each link carries its version's hash, so that storing a snapshot compares persons with the
-- current snapshot's without reading the versions' bodies.
ALTER TABLE snapshot_person ADD COLUMN hash VARCHAR(64);
UPDATE snapshot_person SET hash = (SELECT v.hash FROM person_version v WHERE v.id = snapshot_person.version_id);
ALTER TABLE snapshot_person ALTER COLUMN hash SET NOT NULL;
