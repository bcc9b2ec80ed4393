package dev.roster.testkit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Samba 4 AD domain controller of {@code .ci/samba}, for tests in any module: where it is
 * (the ROSTER_SAMBA_* environment variables, or the env file that script writes, named by
 * ROSTER_SAMBA_ENV) and how to log in. Without them, when the {@code samba} binary is installed,
 * {@link #require()} starts the DC itself with {@code .ci/samba}. Only when the binary is absent
 * are the Samba tests skipped, and in CI (CI=true) even then they fail: a skipped domain
 * controller must not pass for a tested one. Immutable.
 *
 * @param values the ROSTER_SAMBA_* settings by their full names
 */
public record SambaDomain(Map<String, String> values) {
    /** The settings without which there is no domain controller to talk to. */
    public static final List<String> REQUIRED = List.of("ROSTER_SAMBA_URL", "ROSTER_SAMBA_BIND_DN",
            "ROSTER_SAMBA_PASSWORD", "ROSTER_SAMBA_BASE_DN", "ROSTER_SAMBA_TRUSTSTORE");

    private static Map<String, String> started;

    public SambaDomain {
        values = Map.copyOf(values);
    }

    /** @return the settings, or aborts (locally, without samba) or fails (CI) the calling test */
    public static SambaDomain require() {
        Map<String, String> found = collect();
        Map<String, String> values = !REQUIRED.stream().allMatch(found::containsKey) && sambaInstalled()
                ? startOurOwn() : found;
        List<String> missing = REQUIRED.stream().filter(k -> !values.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            String message = "no Samba AD DC: the samba binary is not installed and " + String.join(", ", missing)
                    + " not set; run .ci/samba (installs and starts one) or export ROSTER_SAMBA_ENV=/tmp/roster-samba/env";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " (CI=true: the Samba tests must run in CI)");
            }
            abort(message);
        }
        return new SambaDomain(values);
    }

    /** @return the settings when all are there, without starting anything */
    public static Optional<SambaDomain> find() {
        Map<String, String> values = collect();
        return REQUIRED.stream().allMatch(values::containsKey) ? Optional.of(new SambaDomain(values)) : Optional.empty();
    }

    public static boolean sambaInstalled() {
        return Files.isExecutable(Path.of("/usr/sbin/samba")) || Files.isExecutable(Path.of("/usr/bin/samba"));
    }

    /** @return the value of ROSTER_SAMBA_{@code name}, or null */
    public String get(String name) {
        return values.get("ROSTER_SAMBA_" + name);
    }

    /** @return the value of ROSTER_SAMBA_{@code name}, or {@code fallback} */
    public String getOr(String name, String fallback) {
        return values.getOrDefault("ROSTER_SAMBA_" + name, fallback);
    }

    /**
     * Runs .ci/samba once per test JVM (idempotent: provisions or restarts as needed) and reads
     * its env file. The script is looked for in the working directory and its parents, so that
     * any module's tests find it.
     */
    private static synchronized Map<String, String> startOurOwn() {
        if (started == null) {
            Path script = script();
            try {
                Process p = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                    p.destroyForcibly();
                    fail(script + " did not start the Samba AD DC (exit " + (p.isAlive() ? "timeout" : p.exitValue()) + ")");
                }
            } catch (IOException e) {
                fail("cannot run " + script + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while starting the Samba AD DC");
            }
            String dir = System.getenv().getOrDefault("ROSTER_SAMBA_DIR", "/tmp/roster-samba");
            started = read(Path.of(dir, "env"));
        }
        return new HashMap<>(started);
    }

    private static Path script() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path script = dir.resolve(".ci").resolve("samba");
            if (Files.isRegularFile(script)) {
                return script;
            }
        }
        fail("no .ci/samba in " + Path.of("").toAbsolutePath() + " or above");
        throw new AssertionError("unreachable");
    }

    private static Map<String, String> collect() {
        Map<String, String> values = new HashMap<>();
        String file = System.getenv("ROSTER_SAMBA_ENV");
        if (file != null && !file.isBlank()) {
            values.putAll(read(Path.of(file)));
        }
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("ROSTER_SAMBA_")) {
                values.putIfAbsent(k, v);
            }
        });
        return values;
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> values = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                int eq = line.indexOf('=');
                if (line.isBlank() || line.startsWith("#") || eq < 0) {
                    continue;
                }
                String value = line.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
                    value = value.substring(1, value.length() - 1);
                }
                values.put(line.substring(0, eq).strip(), value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading ROSTER_SAMBA_ENV " + file, e);
        }
        return values;
    }
}
