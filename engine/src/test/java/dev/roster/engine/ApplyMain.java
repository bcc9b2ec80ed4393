package dev.roster.engine;

import dev.roster.model.Progress;
import java.nio.file.Path;
import java.time.LocalDate;

/** Plans and applies once, in a process of its own, so that a test can kill it halfway. */
public final class ApplyMain {

    private ApplyMain() {
    }

    public static void main(String[] args) {
        try (Engine engine = Engine.open(RosterConfig.load(Path.of(args[0])))) {
            LocalDate day = LocalDate.parse(args[1]);
            engine.apply(engine.plan(day), Progress.NONE);
        }
    }
}
