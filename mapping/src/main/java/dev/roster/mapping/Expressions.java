package dev.roster.mapping;

import dev.roster.model.ConfigException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.commons.jexl3.introspection.JexlSandbox;
import org.apache.commons.jexl3.introspection.JexlUberspect;

/**
 * Compiles and runs mapping expressions in a sandbox, in three layers. The grammar refuses, at
 * load, {@code new}, method calls ({@code x.f()}), assignments, loops, lambdas, local variables and
 * pragmas; the only variables are {@code record} and {@code contract}, always followed by a field
 * name. The introspection (JEXL's RESTRICTED permissions plus {@link ExpressionFunctions}) and a
 * deny-by-default sandbox then allow, at run time, only calling the {@code fn:} functions (not even
 * the methods every object has, such as {@code getClass}) and reading
 * {@link SourceFields} entries: no class, property or method of any other object is reachable.
 * Thread-safe.
 */
final class Expressions {

    private static final JexlFeatures FEATURES = new JexlFeatures().newInstance(false)
            .methodCall(false).loops(false).lambda(false).fatArrow(false).thinArrow(false)
            .sideEffect(false).sideEffectGlobal(false).localVar(false).register(false)
            .pragma(false).pragmaAnywhere(false).importPragma(false).namespacePragma(false)
            .annotation(false).script(false);

    private static final JexlEngine JEXL = engine();

    /** The source and position JEXL puts before its messages: {@code @1:9 }. */
    private static final Pattern POSITION = Pattern.compile("^\\S*@(\\d+:\\d+) ");

    private Expressions() {
    }

    private static JexlEngine engine() {
        JexlSandbox sandbox = new JexlSandbox(false, false);
        sandbox.allow(ExpressionFunctions.class.getName()).execute(functionNames());
        sandbox.permissions(SourceFields.class.getName(), true, false, false);
        return new JexlBuilder()
                .features(FEATURES)
                .permissions(new JexlPermissions.ClassPermissions(JexlPermissions.RESTRICTED,
                        List.of(ExpressionFunctions.class.getName(), SourceFields.class.getName())))
                .sandbox(sandbox)
                .strategy(JexlUberspect.MAP_STRATEGY)
                .namespaces(Map.of(ExpressionFunctions.NAMESPACE, new ExpressionFunctions()))
                .strict(true).safe(false).silent(false).antish(false)
                .cache(1024)
                .create();
    }

    /** The functions' names: the public methods ExpressionFunctions declares (not Object's). */
    private static String[] functionNames() {
        return Arrays.stream(ExpressionFunctions.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName).distinct().sorted().toArray(String[]::new);
    }

    /**
     * Checks and compiles {@code text}.
     *
     * @param where          the configuration path, for messages
     * @param contractScope  whether {@code contract.<field>} may be used
     * @throws ConfigException naming {@code where} when the text does not parse, uses what the
     *                         sandbox forbids, or names another variable
     */
    static Compiled compile(String where, String text, boolean contractScope) {
        JexlScript script;
        try {
            script = JEXL.createScript(FEATURES, new JexlInfo("", 1, 1), text);
        } catch (JexlException e) {
            throw new ConfigException(where + ": " + message(e));
        }
        Set<String> fields = new LinkedHashSet<>();
        for (List<String> path : script.getVariables()) {
            String root = path.get(0);
            if (!root.equals("record") && !(contractScope && root.equals("contract"))) {
                throw new ConfigException(where + ": unknown name '" + String.join(".", path)
                        + "'; an expression reads record.<field>"
                        + (contractScope ? " and contract.<field>" : "") + " and calls fn:<function>(...)");
            }
            if (path.size() != 2) {
                throw new ConfigException(where + ": '" + String.join(".", path) + "': write "
                        + root + ".<field>, or " + root + "['a.b'] for a field name with a dot");
            }
            fields.add(path.get(1));
        }
        return new Compiled(script, Set.copyOf(fields));
    }

    /** A checked expression and the source field names it reads. */
    record Compiled(JexlScript script, Set<String> fields) {

        /** @throws ExpressionFailure with JEXL's reason when it fails for this record */
        String evaluate(SourceFields record, SourceFields contract) {
            Object result;
            try {
                result = script.execute(new Scope(record, contract));
            } catch (JexlException e) {
                throw new ExpressionFailure(message(e));
            } catch (RuntimeException e) {
                throw new ExpressionFailure(e.getMessage() == null ? e.toString() : e.getMessage());
            }
            if (result == null) {
                return "";
            }
            if (result instanceof BigDecimal d) {
                return d.stripTrailingZeros().toPlainString();
            }
            if (result instanceof CharSequence || result instanceof Number || result instanceof Boolean
                    || result instanceof Character) {
                return result.toString();
            }
            throw new ExpressionFailure("the result is not a single value but a "
                    + result.getClass().getSimpleName());
        }
    }

    /** JEXL's message without its source prefix, the position at the end, the cause's reason. */
    static String message(JexlException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        String at = "";
        Matcher prefix = POSITION.matcher(m);
        if (prefix.find()) {
            at = " (at " + prefix.group(1) + ")";
            m = m.substring(prefix.end());
        }
        if (e instanceof JexlException.Feature) {
            m = "not allowed in a mapping expression: " + m;
        }
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !(cause instanceof JexlException)) {
            m = m.startsWith("JEXL error") ? cause.getMessage() : m + ": " + cause.getMessage();
        }
        return m + at;
    }

    /** The two variables of an expression; nothing can be set. */
    private record Scope(SourceFields record, SourceFields contract) implements JexlContext {
        @Override
        public Object get(String name) {
            return name.equals("record") ? record : name.equals("contract") ? contract : null;
        }

        @Override
        public void set(String name, Object value) {
            throw new UnsupportedOperationException("mapping expressions cannot assign");
        }

        @Override
        public boolean has(String name) {
            return name.equals("record") || (name.equals("contract") && contract != null);
        }
    }
}
