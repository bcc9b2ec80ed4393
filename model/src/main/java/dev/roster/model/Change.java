package dev.roster.model;

/** An attribute's value before and after an update; null means absent. */
public record Change(String before, String after) {
}
