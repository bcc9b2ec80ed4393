-- The last full read of each source: the fingerprint of what the source delivered, the digest of
-- the configuration it was mapped with, and the snapshot it became. While that snapshot is the
-- current one, an import whose source delivers the same under the same configuration stores
-- nothing new.
CREATE TABLE source_read (
    source      VARCHAR                  NOT NULL PRIMARY KEY,
    revision    BIGINT                   NOT NULL,
    fingerprint VARCHAR                  NOT NULL,
    config      VARCHAR                  NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
