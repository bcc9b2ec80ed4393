package dev.roster.cli;

import dev.roster.engine.CycleReport;
import dev.roster.engine.Engine;
import dev.roster.model.RosterException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "One full cycle: import, plan, apply, then send the notifications the applied actions call for."
                + " When the import fails nothing is planned or applied. A mail server that is down never fails the cycle."
                + " With --every, a cycle every INTERVAL until stopped.")
final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger("roster");
    private static final Pattern INTERVAL = Pattern.compile("(\\d+)\\s*(s|m|h|d)");

    @Mixin
    ConfigOptions options;

    @Option(names = "--every", paramLabel = "INTERVAL", converter = IntervalConverter.class,
            description = "Run a cycle every INTERVAL (30s, 5m, 1h, 1d or ISO-8601 such as PT5M) until stopped"
                    + " (Ctrl-C, SIGTERM), each as of its own day; a cycle starts INTERVAL after the previous one"
                    + " started, or at once when that one took longer. A failed cycle is logged and the next one runs"
                    + " on time. Stopping lets a cycle in progress finish.")
    Duration every;

    @Option(names = "--cycles", hidden = true, description = "With --every: stop after this many cycles (for tests).")
    int cycles;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (every != null) {
            if (options.asOf != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--every runs each cycle as of its own day; leave out --as-of");
            }
            return scheduled();
        }
        try (Engine engine = options.open()) {
            return exitCode(once(engine, options.date()));
        }
    }

    private static CycleReport once(Engine engine, LocalDate day) {
        CycleReport report = engine.cycle(day, TerminalProgress.forConsole());
        System.out.print(Reports.text(report));
        return report;
    }

    private static int exitCode(CycleReport report) {
        if (!report.applied().allOk()) {
            return ExitCode.ACTIONS_FAILED;
        }
        if (report.imported().held()) {
            return ExitCode.IMPORT_HELD;
        }
        return report.applied().held().isEmpty() ? ExitCode.OK : ExitCode.ACTIONS_HELD;
    }

    /**
     * Cycles on the schedule, with one engine (one vault connection pool, the targets open) for
     * all of them, until the process is told to stop; then the cycle in progress finishes first.
     */
    private int scheduled() {
        Schedule schedule = new Schedule(every);
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            schedule.stop();
            try {
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "roster-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        int[] last = {ExitCode.OK};
        try (Engine engine = options.open()) {
            System.out.println("Roster runs a cycle every " + text(every) + "; Ctrl-C or SIGTERM stops it once the"
                    + " cycle in progress is done.");
            schedule.run(() -> last[0] = exitCode(once(engine, LocalDate.now())), cycles, new Schedule.Listener() {
                @Override
                public void failed(int cycle, RuntimeException failure) {
                    last[0] = Roster.exitCode(failure);
                    if (failure instanceof RosterException) {
                        LOG.error("cycle {} failed; nothing of it past the failure was done: {}", cycle,
                                failure.getMessage());
                    } else {
                        LOG.error("cycle {} failed unexpectedly", cycle, failure);
                    }
                }

                @Override
                public void next(int cycle, Duration took, Duration wait) {
                    LOG.info("cycle {} took {}; the next starts {}", cycle, text(took), wait.isZero()
                            ? "now (it took longer than --every " + text(every) + ")" : "in " + text(wait));
                }
            });
            return last[0];
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is what stopped the schedule
            }
        }
    }

    /** An interval in words: 90 s, 5 min, 1 h 30 min. */
    static String text(Duration d) {
        long seconds = Math.round(d.toMillis() / 1000.0);
        if (seconds < 120) {
            return d.toMillis() < 10_000 ? String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0) : seconds + " s";
        }
        long minutes = Math.round(seconds / 60.0);
        return minutes < 120 ? minutes + " min" : minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60
                + " min");
    }

    /** {@code 30s}, {@code 5m}, {@code 1h}, {@code 1d}, or ISO-8601 ({@code PT5M}); at least one second. */
    static final class IntervalConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String text = value.trim().toLowerCase(Locale.ROOT);
            Duration d;
            Matcher m = INTERVAL.matcher(text);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                d = switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            } else {
                try {
                    d = Duration.parse(value.trim());
                } catch (DateTimeParseException e) {
                    throw new CommandLine.TypeConversionException("'" + value
                            + "' is not an interval: write 30s, 5m, 1h, 1d or ISO-8601 such as PT5M");
                }
            }
            if (d.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new CommandLine.TypeConversionException("'" + value + "' is shorter than one second");
            }
            return d;
        }
    }
}
