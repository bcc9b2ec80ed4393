package dev.roster.cli;

import dev.roster.engine.Engine;
import dev.roster.model.Plan;
import dev.roster.plan.PlanJson;
import dev.roster.plan.PlanText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show what applying would change, one line per action with its reason. Changes nothing.")
final class PlanCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Option(names = "--json", description = "Print the plan as JSON.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Also save the plan as JSON, to be reviewed and applied exactly with apply --plan FILE.")
    java.nio.file.Path out;

    @Override
    public Integer call() throws java.io.IOException {
        try (Engine engine = options.open()) {
            Plan plan = engine.plan(options.date());
            System.out.print(json ? PlanJson.write(plan) + "\n" : PlanText.render(plan));
            if (out != null) {
                java.nio.file.Files.writeString(out, PlanJson.write(plan) + "\n");
                System.err.println("plan saved to " + out + "; apply it with: roster apply --plan " + out);
            }
            return ExitCode.OK;
        }
    }
}
