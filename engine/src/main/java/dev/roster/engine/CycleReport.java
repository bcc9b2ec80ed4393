package dev.roster.engine;

import dev.roster.apply.ApplyReport;
import dev.roster.model.Plan;
import java.time.Duration;

/** One full cycle: the import, the plan made from it, what applying it did, and each phase's time. */
public record CycleReport(ImportReport imported, Plan plan, Duration planning, ApplyReport applied) {
}
