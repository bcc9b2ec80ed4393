package dev.roster.cli;

import dev.roster.engine.Engine;
import dev.roster.engine.RosterConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options every command that works on a configuration shares. */
final class ConfigOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", defaultValue = "roster.yaml",
            description = "The configuration file (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Plan for this date (yyyy-MM-dd); default today.")
    LocalDate asOf;

    LocalDate date() {
        return asOf == null ? LocalDate.now() : asOf;
    }

    Engine open() {
        return Engine.open(RosterConfig.load(config));
    }
}
