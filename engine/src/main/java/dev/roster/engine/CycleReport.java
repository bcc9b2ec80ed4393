package dev.roster.engine;

import dev.roster.apply.ApplyReport;
import dev.roster.model.Plan;
import java.time.Duration;

/**
 * One full cycle: the import, the plan made from it, what applying it did, each phase's time, and
 * the notifications delivered after the apply.
 */
public record CycleReport(ImportReport imported, Plan plan, Duration planning, ApplyReport applied,
        NotificationReport notifications) {
}
