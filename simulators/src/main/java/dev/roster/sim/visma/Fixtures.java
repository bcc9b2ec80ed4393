package dev.roster.sim.visma;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Serves hand-written CSV files instead of the generated organisation: the export
 * {@code employees} comes from {@code <directory>/employees.csv}, and so on for every
 * {@link VismaExport#exportName()}. Files are sent as written (a missing file is an empty export
 * with no header), except that a split over several files shares the data lines out and repeats
 * the header; cells must therefore not contain line breaks. {@code fields=} and the contact scope
 * have no effect on fixtures.
 */
final class Fixtures {

    private Fixtures() {
    }

    static void write(Path directory, VismaExport export, int part, int files, Writer out)
            throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(directory.resolve(export.exportName() + ".csv"),
                    StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return;
        }
        if (lines.isEmpty()) {
            return;
        }
        int rows = lines.size() - 1;
        out.write(lines.get(0));
        out.write("\r\n");
        for (int k = 1 + rows * part / files; k < 1 + rows * (part + 1) / files; k++) {
            out.write(lines.get(k));
            out.write("\r\n");
        }
    }
}
