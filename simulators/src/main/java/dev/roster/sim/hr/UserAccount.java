package dev.roster.sim.hr;

/**
 * A Visma.net application user (one row of the users export). {@code employeeId} is empty for a
 * user not linked to an employee record.
 */
public record UserAccount(String userId, String emailAddress, String employeeId) {
}
