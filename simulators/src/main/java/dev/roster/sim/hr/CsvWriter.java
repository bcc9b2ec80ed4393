package dev.roster.sim.hr;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: comma separated, CRLF line ends, quotes only where needed. Each row is
 * assembled in a buffer and handed to the writer in one call. Not thread-safe.
 */
final class CsvWriter {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(1024);
    private char[] chars = new char[1024];

    CsvWriter(Writer out) {
        this.out = out;
    }

    void write(List<String> cells) throws IOException {
        line.setLength(0);
        for (int k = 0; k < cells.size(); k++) {
            if (k > 0) {
                line.append(',');
            }
            cell(cells.get(k));
        }
        line.append("\r\n");
        if (chars.length < line.length()) {
            chars = new char[line.length() * 2];
        }
        line.getChars(0, line.length(), chars, 0);
        out.write(chars, 0, line.length());
    }

    private void cell(String value) {
        boolean quote = false;
        for (int k = 0; k < value.length() && !quote; k++) {
            char c = value.charAt(k);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            line.append(value);
            return;
        }
        line.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
