package dev.roster.engine;

import dev.roster.model.ConfigException;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Substitutes {@code ${NAME}} and {@code ${NAME:-default}} in configuration text with system
 * properties or environment variables of that name (properties first). An unset name without a
 * default is an error naming the file and the line. Secrets are not meant to be substituted here:
 * they are references ({@code env:NAME}, {@code file:PATH}) resolved where they are used.
 */
final class ConfigText {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.]*)(:-([^}]*))?}");

    private ConfigText() {
    }

    static String substitute(String file, String text, UnaryOperator<String> lookup) {
        StringBuilder out = new StringBuilder(text.length());
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.stripLeading().startsWith("#")) {
                Matcher m = VARIABLE.matcher(line);
                StringBuilder b = new StringBuilder();
                while (m.find()) {
                    String value = lookup.apply(m.group(1));
                    if (value == null) {
                        if (m.group(2) == null) {
                            throw new ConfigException(file + ", line " + (i + 1) + ": ${" + m.group(1)
                                    + "} is not set (neither a system property nor an environment variable)");
                        }
                        value = m.group(3);
                    }
                    m.appendReplacement(b, Matcher.quoteReplacement(value));
                }
                m.appendTail(b);
                line = b.toString();
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Looks a name up as a system property, then as an environment variable. */
    static String lookup(String name) {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    }
}
