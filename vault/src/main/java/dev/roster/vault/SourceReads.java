package dev.roster.vault;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The last full read of each source, so that an import can tell that its source delivers what
 * the current snapshot was made from (see {@link dev.roster.model.Source#read(java.time.LocalDate,
 * dev.roster.model.Progress, String)}). Thread-safe; get it from {@link Vault#sourceReads()}.
 * Every method throws {@link VaultException} when the database fails.
 */
public final class SourceReads {

    /**
     * A full read of {@code source} that was stored as snapshot {@code revision}.
     *
     * @param fingerprint what the source said of its delivery
     * @param config      a digest of the configuration the delivery was mapped with
     */
    public record Read(String source, long revision, String fingerprint, String config, Instant readAt) {
        public Read {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(config, "config");
            Objects.requireNonNull(readAt, "readAt");
        }
    }

    private final Transactions tx;
    private final Clock clock;

    SourceReads(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** The last full read of {@code source} remembered, if any. */
    public Optional<Read> last(String source) {
        return tx.call("read the last read of source " + source, h -> h.createQuery(
                        "SELECT revision, fingerprint, config, read_at FROM source_read WHERE source = ?")
                .bind(0, source)
                .map((rs, ctx) -> new Read(source, rs.getLong(1), rs.getString(2), rs.getString(3),
                        SnapshotReader.instant(rs, "read_at")))
                .findOne());
    }

    /** Remembers a full read of {@code source} stored as snapshot {@code revision}, replacing the last. */
    public void remember(String source, long revision, String fingerprint, String config) {
        tx.run("remember the read of source " + source, h -> {
            h.createUpdate("DELETE FROM source_read WHERE source = ?").bind(0, source).execute();
            h.createUpdate("INSERT INTO source_read (source, revision, fingerprint, config, read_at)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .bind(0, source).bind(1, revision).bind(2, fingerprint).bind(3, config)
                    .bind(4, SnapshotWriter.micros(clock.instant())).execute();
        });
    }
}
