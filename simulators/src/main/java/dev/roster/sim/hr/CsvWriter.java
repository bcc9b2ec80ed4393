package dev.roster.sim.hr;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes RFC 4180 CSV: comma separated, CRLF line ends, quotes only where needed. */
final class CsvWriter {

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void write(List<String> cells) throws IOException {
        for (int k = 0; k < cells.size(); k++) {
            if (k > 0) {
                out.write(',');
            }
            cell(cells.get(k));
        }
        out.write("\r\n");
    }

    private void cell(String value) throws IOException {
        boolean quote = false;
        for (int k = 0; k < value.length() && !quote; k++) {
            char c = value.charAt(k);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }
}
