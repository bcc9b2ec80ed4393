package dev.roster.cli;

import dev.roster.engine.Engine;
import dev.roster.policy.Explanation;
import dev.roster.policy.ExplanationText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Why a person has the accounts and permissions they have: per target the desired state, every"
                + " rule with whether it matched and which condition failed, the contracts in scope, and the dates of"
                + " the person's next lifecycle events.")
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Parameters(paramLabel = "PERSON", description = "The person's id.")
    String person;

    @Option(names = "--json", description = "Print the explanation as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Engine engine = options.open()) {
            Explanation explanation = engine.explain(person, options.date());
            System.out.print(json ? Json.write(explanation) : ExplanationText.render(explanation));
            if (!json) {
                String records = engine.person(person).fields().get("aggregation.records");
                if (records != null && !records.isBlank()) {
                    System.out.println("HR employee records aggregated into this person (most recent first): " + records);
                }
            }
            return ExitCode.OK;
        }
    }
}
