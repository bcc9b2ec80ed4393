package dev.roster.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.roster.engine.Engine;
import dev.roster.vault.PersonChange;
import dev.roster.vault.SnapshotDiff;
import dev.roster.vault.SnapshotInfo;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "What changed between two snapshots, person by person and field by field: joiners, leavers,"
                + " movers, name changes, contracts and custom fields. Default: from the current snapshot to a held"
                + " one, or from the previous snapshot to the current one.")
final class DiffCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FROM", description = "Snapshot to compare from.")
    Long from;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TO", description = "Snapshot to compare to.")
    Long to;

    @Option(names = "--json", description = "Print the diff as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Engine engine = options.open()) {
            long[] range = range(engine);
            SnapshotDiff diff = engine.vault().diff(range[0], range[1]);
            if (json) {
                System.out.println(new ObjectMapper().findAndRegisterModules()
                        .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(diff));
            } else {
                System.out.print(text(diff));
            }
            return ExitCode.OK;
        }
    }

    private long[] range(Engine engine) {
        if (from != null && to != null) {
            return new long[] {from, to};
        }
        var vault = engine.vault();
        if (from != null) {
            return new long[] {from, vault.revision()};
        }
        if (vault.held().isPresent()) {
            return new long[] {vault.revision(), vault.held().get().revision()};
        }
        List<SnapshotInfo> accepted = vault.snapshots(50).stream()
                .filter(s -> s.status() != dev.roster.vault.SnapshotStatus.HELD
                        && s.status() != dev.roster.vault.SnapshotStatus.SUPERSEDED).toList();
        return new long[] {accepted.size() > 1 ? accepted.get(1).revision() : 0, vault.revision()};
    }

    static String text(SnapshotDiff diff) {
        StringBuilder b = new StringBuilder("Snapshot " + diff.fromRevision() + " (" + diff.fromCount() + " persons) -> "
                + diff.toRevision() + " (" + diff.toCount() + " persons): ");
        if (diff.isEmpty()) {
            return b.append("no differences.\n").toString();
        }
        b.append(diff.counts()).append('\n');
        for (PersonChange p : diff.persons()) {
            b.append("  ").append(p.personId()).append(' ').append(p.displayName()).append("  ").append(p.kinds()).append('\n');
            p.changes().forEach(c -> b.append("      ").append(c).append('\n'));
        }
        return b.toString();
    }
}
