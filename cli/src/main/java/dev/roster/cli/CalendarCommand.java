package dev.roster.cli;

import dev.roster.engine.Engine;
import dev.roster.policy.CalendarText;
import dev.roster.policy.LifecycleEvent;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Upcoming lifecycle events per day: who is created, enabled, disabled and deleted, by which"
                + " rule and contract. Changes nothing.")
final class CalendarCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Option(names = "--days", defaultValue = "30", description = "How many days ahead (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--json", description = "Print the events as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Engine engine = options.open()) {
            List<LifecycleEvent> events = engine.calendar(options.date(), options.date().plusDays(days));
            System.out.print(json ? Json.write(events) : CalendarText.render(events));
            return ExitCode.OK;
        }
    }
}
