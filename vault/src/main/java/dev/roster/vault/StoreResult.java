package dev.roster.vault;

import java.util.List;

/**
 * What {@link Vault#storeSnapshot(Snapshot, Thresholds)} did. {@code revision} is the stored
 * snapshot's number. When {@code held} is false the snapshot is the current one and
 * {@code revision} is the new vault revision; when true the vault revision did not move, the
 * previous snapshot stays current, {@code breaches} say which thresholds were passed, and
 * {@code revision} is the number to give {@link Vault#approve} or {@link Vault#diff}.
 */
public record StoreResult(long revision, boolean held, List<String> breaches) {
    public StoreResult {
        breaches = List.copyOf(breaches);
        if (held == breaches.isEmpty()) {
            throw new IllegalArgumentException("a snapshot is held exactly when it has breaches");
        }
    }
}
