package dev.roster.source.visma;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.roster.model.SourceException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams a CSV file with a header row, checking the header first. Each data row becomes an
 * immutable map of its non-empty cells by column name (a repeated column name keeps its first
 * column), a {@link CsvRow}: a row holds little more memory than its values. Repeated values share one instance
 * through a {@link ValuePool}, which keeps a large export's retained size close to its content.
 */
final class CsvRows {

    private static final ObjectReader ROWS = new CsvMapper().readerFor(String[].class)
            .with(CsvSchema.emptySchema().withoutHeader()).with(CsvParser.Feature.WRAP_AS_ARRAY);

    private CsvRows() {
    }

    /**
     * @param required columns the header must have
     * @param what     names the source, export and file for messages
     * @param pool     shares repeated values
     * @param header   receives the header's column names before any row
     * @return the number of data rows
     * @throws SourceException for a missing column or malformed CSV, naming the line
     */
    static long read(InputStream in, List<String> required, String what, ValuePool pool,
                     Consumer<List<String>> header, Consumer<Map<String, String>> rows)
            throws IOException {
        try (MappingIterator<String[]> it = ROWS.readValues(in)) {
            String[] columns = it.hasNext() ? it.next() : new String[0];
            List<String> names = new ArrayList<>(columns.length);
            for (int k = 0; k < columns.length; k++) {
                String name = columns[k].strip().intern();
                names.add(name);
                columns[k] = names.indexOf(name) == k ? name : null;
            }
            for (String column : required) {
                if (!names.contains(column)) {
                    throw new SourceException(what + ": the file has no column '" + column + "'");
                }
            }
            header.accept(List.copyOf(names));
            ValuePool.Column[] sharing = new ValuePool.Column[columns.length];
            for (int k = 0; k < columns.length; k++) {
                sharing[k] = pool.column();
            }
            long count = 0;
            while (it.hasNext()) {
                String[] cells = it.next();
                if (cells.length == 1 && cells[0].isEmpty()) {
                    continue;
                }
                rows.accept(row(columns, cells, sharing, what, count + 2));
                count++;
            }
            return count;
        } catch (JsonProcessingException e) {
            throw malformed(what, e, e);
        } catch (RuntimeJsonMappingException e) {
            throw malformed(what, e.getCause() instanceof JsonProcessingException
                    ? (JsonProcessingException) e.getCause() : null, e);
        }
    }

    private static Map<String, String> row(String[] columns, String[] cells, ValuePool.Column[] sharing,
                                           String what, long line) {
        if (cells.length > columns.length) {
            throw new SourceException(what + ": line " + line + " has " + cells.length
                    + " cells but the header names " + columns.length + " columns");
        }
        for (int k = 0; k < cells.length; k++) {
            cells[k] = columns[k] == null || cells[k].isEmpty() ? null : sharing[k].share(cells[k]);
        }
        return new CsvRow(columns, cells);
    }

    private static SourceException malformed(String what, JsonProcessingException located, Exception e) {
        JsonLocation at = located == null ? null : located.getLocation();
        String message = located == null ? e.getMessage() : located.getOriginalMessage();
        return new SourceException(what + ": malformed CSV" + (at == null ? "" : " at line "
                + at.getLineNr()) + ": " + message, e);
    }
}
