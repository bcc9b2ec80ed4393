package dev.roster.engine;

import java.util.List;

/**
 * What became of the notifications in a cycle (or since the engine last delivered).
 *
 * @param configured whether the configuration has a mail server; when not, everything else is zero
 * @param queued     notifications the applied actions called for
 * @param sent       notifications the mail server accepted
 * @param pending    notifications still waiting in the outbox, to be tried again next cycle
 * @param failed     notifications given up: no recipient was left, or the last allowed attempt failed
 * @param problems   recipients left out, refused recipients and delivery errors, one line each
 */
public record NotificationReport(boolean configured, int queued, int sent, long pending, int failed,
        List<String> problems) {

    /** No mail server configured: nothing queued or sent. */
    public static final NotificationReport NONE = new NotificationReport(false, 0, 0, 0, 0, List.of());

    public NotificationReport {
        problems = List.copyOf(problems);
    }
}
