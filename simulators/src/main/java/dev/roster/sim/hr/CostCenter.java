package dev.roster.sim.hr;

/** A cost center: contracts refer to it by {@code name}, not by {@code code}. */
public record CostCenter(String code, String name, String nameEn) {
}
