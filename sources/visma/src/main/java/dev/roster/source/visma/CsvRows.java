package dev.roster.source.visma;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.roster.model.SourceException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Streams a CSV file with a header row as one map per row, checking the header first. */
final class CsvRows {

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema HEADER = CsvSchema.emptySchema().withHeader();

    private CsvRows() {
    }

    /**
     * @param required columns the header must have
     * @param what     names the source, export and file for messages
     * @return the number of data rows
     * @throws SourceException for a missing column or malformed CSV, naming the line
     */
    static long read(InputStream in, List<String> required, String what,
                     Consumer<Map<String, String>> rows) throws IOException {
        try (MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class)
                .with(HEADER).readValues(in)) {
            boolean any = it.hasNext();
            CsvSchema schema = (CsvSchema) it.getParserSchema();
            for (String column : required) {
                if (schema == null || schema.column(column) == null) {
                    throw new SourceException(what + ": the file has no column '" + column + "'");
                }
            }
            long count = 0;
            while (any && it.hasNext()) {
                rows.accept(it.next());
                count++;
            }
            return count;
        } catch (JsonProcessingException e) {
            throw malformed(what, e);
        } catch (RuntimeJsonMappingException e) {
            throw malformed(what, e.getCause() instanceof JsonProcessingException
                    ? (JsonProcessingException) e.getCause() : null, e);
        }
    }

    private static SourceException malformed(String what, JsonProcessingException e) {
        return malformed(what, e, e);
    }

    private static SourceException malformed(String what, JsonProcessingException located, Exception e) {
        JsonLocation at = located == null ? null : located.getLocation();
        String message = located == null ? e.getMessage() : located.getOriginalMessage();
        return new SourceException(what + ": malformed CSV" + (at == null ? "" : " at line "
                + at.getLineNr()) + ": " + message, e);
    }
}
