package dev.roster.apply;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outcomes of one apply by the index of their action in the plan, each told to a listener as it
 * is set, on the thread that set it: the engine writes them to the audit log as the apply goes. An
 * outcome set again (a create whose record in the ledger failed after it was reported applied) is
 * told again. A listener that throws is logged and does not stop the apply. Thread-safe for
 * different indexes; read them once the threads that set them are joined.
 */
final class Outcomes {
    private static final Logger LOG = LoggerFactory.getLogger(Outcomes.class);

    private final Outcome[] all;
    private final Consumer<Outcome> listener;

    Outcomes(int size, Consumer<Outcome> listener) {
        this.all = new Outcome[size];
        this.listener = listener;
    }

    void set(int index, Outcome outcome) {
        all[index] = outcome;
        try {
            listener.accept(outcome);
        } catch (RuntimeException e) {
            LOG.error("the listener of outcomes failed on {}", outcome.action().summary(), e);
        }
    }

    Outcome get(int index) {
        return all[index];
    }

    List<Outcome> list() {
        return Arrays.asList(all);
    }
}
