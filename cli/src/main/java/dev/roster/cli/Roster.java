package dev.roster.cli;

import dev.roster.model.ConfigException;
import dev.roster.engine.StalePlanException;
import dev.roster.model.SourceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code roster} command. */
@Command(name = "roster", mixinStandardHelpOptions = true, version = "roster 0.1.0",
        description = "HR-driven identity lifecycle management: import people from HR, decide their accounts"
                + " and permissions from rules, and make the targets so.",
        subcommands = {DemoCommand.class, SimulateCommand.class, BenchCommand.class, ImportCommand.class, PlanCommand.class,
                ApplyCommand.class, RunCommand.class, ValidateCommand.class, DiffCommand.class,
                ApproveCommand.class, ExcludeCommand.class, UnmanageCommand.class, ExplainCommand.class, CalendarCommand.class,
                NotificationsCommand.class, TestCommand.class, MappingCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the cycle ran but some actions failed (listed; planned again next cycle)",
                "2:wrong command line or invalid configuration; nothing was done",
                "3:the source could not be read completely; nothing was stored, planned or applied",
                "4:another failure, such as an unreachable vault or target",
                "5:a saved plan is stale: the vault moved on since it was made; nothing was applied",
                "6:the import was held by a source threshold; plans keep using the previous snapshot until approved",
                "7:a target threshold held some actions back for approval (roster approve run); the rest was applied"})
public final class Roster {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Roster());
        cmd.setExitCodeExceptionMapper(Roster::exitCode);
        cmd.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println(line.getColorScheme().errorText(message(e)));
            if (!(e instanceof ConfigException || e instanceof SourceException)) {
                org.slf4j.LoggerFactory.getLogger("roster").debug("failure", e);
            }
            return exitCode(e);
        });
        return cmd;
    }

    static int exitCode(Throwable e) {
        if (e instanceof StalePlanException) {
            return ExitCode.STALE_PLAN;
        }
        if (e instanceof ConfigException || e instanceof CommandLine.ParameterException) {
            return ExitCode.CONFIG;
        }
        if (e instanceof SourceException) {
            return ExitCode.SOURCE_FAILED;
        }
        return ExitCode.ERROR;
    }

    private static String message(Throwable e) {
        if (e instanceof SourceException) {
            return "import failed, nothing was changed: " + e.getMessage();
        }
        if (e instanceof ConfigException) {
            return "configuration: " + e.getMessage();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
