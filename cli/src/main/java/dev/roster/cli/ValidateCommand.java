package dev.roster.cli;

import dev.roster.engine.RosterConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a configuration (sources, mapping, targets, rules) without contacting any system."
                + " Problems name the file, the line and the setting. Every other command validates too.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() {
        RosterConfig config = RosterConfig.load(options.config);
        System.out.println(options.config + ": valid; source " + config.source().name() + " (" + config.source().type()
                + "), targets " + config.targets().keySet() + ", " + config.policy().rules().size() + " rules"
                + (config.notifications().messages().isEmpty() ? ""
                        : ", notifications " + config.notifications().messages().stream()
                                .map(m -> m.name()).toList() + " via " + config.notifications().smtp().orElseThrow()));
        return ExitCode.OK;
    }
}
