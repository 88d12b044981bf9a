package org.waymark.app;

import org.waymark.app.demo.DemoPlanGenerator;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Real plan files in temp folders, on a fixed clock so answers are known. */
public final class TestPlans {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("Europe/London"));

    private TestPlans() {}

    public static PlanSession empty(Path dir) {
        return PlanSession.create(dir.resolve("plan.waymark"), "Test Ambulance Service NHS Trust", "tester", CLOCK);
    }

    public static PlanSession demo(Path dir) {
        return DemoPlanGenerator.write(dir.resolve("demo.waymark"), null, 1, false, "tester", CLOCK);
    }

    public static Path demoFile(Path dir) {
        try (PlanSession s = demo(dir)) {
            return s.file();
        }
    }
}
