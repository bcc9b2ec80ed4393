package dev.roster.engine;

import dev.roster.vault.SnapshotInfo;
import dev.roster.vault.SourceReads;
import dev.roster.vault.Vault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An import that finds its source delivering what the current snapshot was made from, under the
 * same configuration, stores nothing: the snapshot stays current and the vault's revision with
 * it (so a saved plan stays valid). This is what makes a cycle with no HR change cheap. A source
 * that gives no fingerprint, a configuration changed since, a held snapshot or a newer accepted
 * one all mean a full import.
 */
final class SameDelivery {

    private SameDelivery() {
    }

    /** The fingerprint the source may skip reading for; empty when it must read in full. */
    static String unless(Vault vault, String source, String configDigest) {
        if (vault.held().isPresent()) {
            return "";
        }
        Optional<SourceReads.Read> last = vault.sourceReads().last(source);
        return last.filter(r -> r.revision() == vault.revision() && r.config().equals(configDigest))
                .map(SourceReads.Read::fingerprint).orElse("");
    }

    /** Remembers a full read stored as an accepted snapshot. */
    static void remember(Vault vault, String source, long revision, String fingerprint, String configDigest) {
        if (!fingerprint.isEmpty()) {
            vault.sourceReads().remember(source, revision, fingerprint, configDigest);
        }
    }

    /** The report of an unchanged import: the current snapshot's figures; audited. */
    static ImportReport report(Vault vault, String source, String actor, long startedNanos) {
        SnapshotInfo current = vault.currentSnapshot().orElseThrow(() -> new IllegalStateException(
                "source " + source + " matched a read of a snapshot that is gone"));
        vault.audit(actor, "import unchanged", "source " + source + " delivered what snapshot "
                + current.revision() + " was made from; nothing stored");
        return new ImportReport(source, current.counts(), 0, current.personCount(), List.of(), List.of(), List.of(),
                current.warnings(), current.revision(), false, List.of(),
                Duration.ofNanos(System.nanoTime() - startedNanos), Duration.ZERO, true);
    }
}
