package dev.roster.cli;

import dev.roster.model.Progress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows progress as a bar when standard output is a terminal, as plain log lines otherwise.
 * Thread-safe.
 */
final class TerminalProgress implements Progress {

    private static final Logger LOG = LoggerFactory.getLogger("roster");

    private final boolean terminal;
    private ProgressBar bar;
    private String step;
    private long done;
    private long started;

    private TerminalProgress(boolean terminal) {
        this.terminal = terminal;
    }

    static Progress forConsole() {
        return new TerminalProgress(System.console() != null);
    }

    @Override
    public synchronized void start(String step, long total) {
        finish();
        this.step = step;
        this.done = 0;
        this.started = System.nanoTime();
        if (terminal && total > 0) {
            bar = new ProgressBarBuilder().setTaskName(step).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).build();
        } else {
            LOG.info("{}{}", step, total > 0 ? " (" + total + ")" : "");
        }
    }

    @Override
    public synchronized void advance(long units) {
        done += units;
        if (bar != null) {
            bar.stepBy(units);
        }
    }

    @Override
    public synchronized void finish() {
        if (step == null) {
            return;
        }
        if (bar != null) {
            bar.close();
            bar = null;
        } else if (done > 0) {
            LOG.info("{}: {} done in {} ms", step, done, (System.nanoTime() - started) / 1_000_000);
        }
        step = null;
    }
}
