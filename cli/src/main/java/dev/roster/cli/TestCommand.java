package dev.roster.cli;

import dev.roster.engine.RosterConfig;
import dev.roster.policy.RuleTestReport;
import dev.roster.policy.RuleTests;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "test", mixinStandardHelpOptions = true, description = "Test configuration against fixtures.",
        subcommands = TestCommand.Rules.class)
final class TestCommand {

    @Command(name = "rules", mixinStandardHelpOptions = true,
            description = "Run the rule fixtures in DIR (persons as of a date, and the accounts and permissions"
                    + " expected per target) against the configuration's rules and report every difference."
                    + " Exit code 1 when a case fails.")
    static final class Rules implements Callable<Integer> {

        @Mixin
        ConfigOptions options;

        @Parameters(paramLabel = "DIR", description = "The folder of fixture files (*.yaml).")
        Path dir;

        @Override
        public Integer call() {
            RuleTestReport report = RuleTests.run(RosterConfig.load(options.config).policy(), dir);
            System.out.print(report.render());
            return report.ok() ? ExitCode.OK : ExitCode.ACTIONS_FAILED;
        }
    }
}
