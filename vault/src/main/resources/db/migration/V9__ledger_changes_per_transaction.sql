-- A transaction that changes the ledger now adds one row per target for all the accounts it
-- changed there (person_ids: their person ids, one per line) instead of one row per account: a
-- first apply of a hundred thousand creates and grants wrote as many rows again into this table
-- as into the ledger. Rows written before name their one account in person_id, as before; a
-- person id holding a line break is still written that way.
-- Same dialect rules as V1 (plain SQL for H2 2.x and PostgreSQL 12+).
ALTER TABLE ledger_change ALTER COLUMN person_id DROP NOT NULL;
ALTER TABLE ledger_change ADD COLUMN person_ids VARCHAR;
