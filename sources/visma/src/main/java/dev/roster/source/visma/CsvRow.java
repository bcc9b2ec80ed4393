package dev.roster.source.visma;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One data row of a CSV file as an immutable map of its non-empty cells by column name: the
 * parser's array of cells and the file's array of column names, shared by all its rows, and
 * nothing else. A map of entries per row cost more than the values it held, for 560,000 rows a
 * read. Looks a name up by walking the columns (a few dozen; names are interned, so mostly by
 * identity).
 */
final class CsvRow extends AbstractMap<String, String> {

    /** column names, null for a column whose name an earlier column has */
    private final String[] columns;
    /** cells by column, null for an empty one; as long as {@code columns} or shorter */
    private final String[] cells;

    CsvRow(String[] columns, String[] cells) {
        this.columns = columns;
        this.cells = cells;
    }

    private int index(Object name) {
        for (int k = 0; k < cells.length; k++) {
            if (columns[k] == name) {
                return cells[k] == null ? -1 : k;
            }
        }
        for (int k = 0; k < cells.length; k++) {
            if (columns[k] != null && columns[k].equals(name)) {
                return cells[k] == null ? -1 : k;
            }
        }
        return -1;
    }

    @Override
    public String get(Object name) {
        int k = index(name);
        return k < 0 ? null : cells[k];
    }

    @Override
    public String getOrDefault(Object name, String otherwise) {
        int k = index(name);
        return k < 0 ? otherwise : cells[k];
    }

    @Override
    public boolean containsKey(Object name) {
        return index(name) >= 0;
    }

    @Override
    public int size() {
        int n = 0;
        for (int k = 0; k < cells.length; k++) {
            if (columns[k] != null && cells[k] != null) {
                n++;
            }
        }
        return n;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next = skip(0);

                    private int skip(int from) {
                        int k = from;
                        while (k < cells.length && (columns[k] == null || cells[k] == null)) {
                            k++;
                        }
                        return k;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < cells.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= cells.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, String> entry = Map.entry(columns[next], cells[next]);
                        next = skip(next + 1);
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return CsvRow.this.size();
            }
        };
    }
}
