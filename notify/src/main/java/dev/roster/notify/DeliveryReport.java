package dev.roster.notify;

import java.util.List;

/**
 * What one delivery did.
 *
 * @param sent     messages the server accepted
 * @param retrying messages that failed and stay pending for the next delivery
 * @param failed   messages that failed for the last allowed time and were given up
 * @param problems each distinct error, and the recipients refused while the others were sent
 */
public record DeliveryReport(int sent, int retrying, int failed, List<String> problems) {
    /** A delivery that found nothing to send. */
    public static final DeliveryReport NOTHING = new DeliveryReport(0, 0, 0, List.of());

    public DeliveryReport {
        problems = List.copyOf(problems);
    }
}
