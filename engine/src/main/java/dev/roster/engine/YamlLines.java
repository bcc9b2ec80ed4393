package dev.roster.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every setting of a YAML document, by its path ("targets.ad.url", "rules[0].name"), so
 * that messages can point at the line to fix.
 */
final class YamlLines {

    private YamlLines() {
    }

    private static final class Frame {
        final boolean array;
        final String path;
        int index = -1;
        String field;

        Frame(boolean array, String path) {
            this.array = array;
            this.path = path;
        }

        String child() {
            if (array) {
                index++;
                return path + "[" + index + "]";
            }
            return path.isEmpty() ? field : path + "." + field;
        }
    }

    /** Lines by path; empty when the text is not valid YAML (the parser reports that itself). */
    static Map<String, Integer> index(String yaml) {
        Map<String, Integer> lines = new HashMap<>();
        Deque<Frame> stack = new ArrayDeque<>();
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                int line = p.currentTokenLocation().getLineNr();
                Frame top = stack.peek();
                if (t == JsonToken.FIELD_NAME) {
                    top.field = p.currentName();
                    lines.putIfAbsent(top.path.isEmpty() ? top.field : top.path + "." + top.field, line);
                } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    String path = top == null ? "" : top.child();
                    if (top != null && top.array) {
                        lines.putIfAbsent(path, line);
                    }
                    stack.push(new Frame(t == JsonToken.START_ARRAY, path));
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    stack.pop();
                } else if (top != null && top.array) {
                    lines.putIfAbsent(top.child(), line);
                }
            }
        } catch (IOException | RuntimeException e) {
            return lines;
        }
        return lines;
    }
}
