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

    /**
     * The demo's findings and actions, but a 2025/26 trust: in NHS Oversight Framework segment 5 (the Provider
     * Improvement Programme) since 01/10/2025, never in special measures (the demo's entry is taken back), and on
     * the 2023 single assessment framework.
     */
    public static PlanSession segmentFive(Path dir) {
        PlanSession s = demo(dir);
        RegimeService regimes = new RegimeService(s);
        regimes.undo(s.plan().regimeHistory().current().orElseThrow().id());
        regimes.record(new org.waymark.domain.RegimeEntry(0, java.time.LocalDate.of(2025, 10, 1), org.waymark.domain.RegimeEvent.ENTERED,
                "nof-2025-26", "5", "Placed in segment 5 by NHS England"));
        new TagService(s).changeFramework("cqc-saf-2023");
        return s;
    }

    public static Path demoFile(Path dir) {
        try (PlanSession s = demo(dir)) {
            return s.file();
        }
    }

    /** A plan file with no board meeting and one action, A1, in progress and due 01/10/2026 (overdue on CLOCK's day). */
    public static Path oneActionNoMeeting(Path dir) {
        try (PlanSession s = empty(dir)) {
            new ActionService(s).add(new org.waymark.domain.Action(0, "A1", "Fix the fleet checks", "", null, null, null, null, null,
                    null, java.time.LocalDate.of(2026, 10, 1), null, org.waymark.domain.ActionStatus.IN_PROGRESS, 40, null, null));
            return s.file();
        }
    }

    /**
     * The name of one of the plan's people allowed to verify, sign off or approve, adding "Alex Morgan" with every
     * permission when nobody is: the app refuses names that are not such a person.
     */
    public static String allowed(PlanSession session, org.waymark.domain.Person.Permission permission) {
        return session.plan().people().stream().filter(p -> p.may(permission)).map(org.waymark.domain.Person::name).sorted().findFirst()
                .orElseGet(() -> {
                    new PeopleService(session).addPerson(new org.waymark.domain.Person(0, "Alex Morgan", "Director of Quality", "Quality",
                            "", "alex.morgan@example.nhs.uk", true, true, true));
                    return "Alex Morgan";
                });
    }
}
