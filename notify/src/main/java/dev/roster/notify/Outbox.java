package dev.roster.notify;

import java.util.List;

/**
 * Where the messages to send wait, and where the delivery records what became of each. The engine
 * implements it on the vault; implementations record each call durably before returning.
 */
public interface Outbox {

    /** The messages waiting to be sent, oldest first. */
    List<Mail> pending();

    /**
     * The server accepted {@code mail}; it is sent and never tried again.
     *
     * @param note the recipients the server refused while accepting the others, or empty
     */
    void sent(Mail mail, String note);

    /**
     * Sending {@code mail} failed for the {@code attempts}-th time with {@code error} (the server's or
     * the network's message, never a password).
     *
     * @param givenUp true when no more attempts will be made: the message is failed for good;
     *                false when it stays pending for the next delivery
     */
    void failed(Mail mail, int attempts, String error, boolean givenUp);
}
