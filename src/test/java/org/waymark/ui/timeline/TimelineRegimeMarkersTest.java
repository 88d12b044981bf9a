package org.waymark.ui.timeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanSession;
import org.waymark.app.RegimeService;
import org.waymark.app.TestPlans;
import org.waymark.app.regulation.Regulation;
import org.waymark.domain.RegimeEntry;
import org.waymark.domain.RegimeEvent;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each step of the regime history is a dated marker on the timeline, labelled in the regime's words. */
class TimelineRegimeMarkersTest {

    @TempDir Path dir;

    @Test
    void enteredMovedAndLeftAreEachAMarkerInTheRegimesWords() {
        try (PlanSession s = TestPlans.segmentFive(dir.resolve("plan"))) {
            RegimeService regimes = new RegimeService(s);
            regimes.record(new RegimeEntry(0, LocalDate.of(2026, 4, 1), RegimeEvent.SEGMENT_CHANGED, "nof-2025-26", "4", ""));
            regimes.record(new RegimeEntry(0, LocalDate.of(2026, 9, 30), RegimeEvent.LEFT, "nof-2025-26", null, "Left oversight"));

            TimelineModel model = TimelineModel.build(s.plan(), s.today(), Grouping.REQUIREMENT, Regulation.catalogue());
            List<TimelineModel.Marker> steps = model.markers().stream().filter(m -> m.kind() == TimelineModel.Marker.Kind.REGIME).toList();
            assertEquals(List.of(
                    new TimelineModel.Marker(LocalDate.of(2025, 10, 1), TimelineModel.Marker.Kind.REGIME,
                            "Entered, now in segment 5 (Provider Improvement Programme)"),
                    new TimelineModel.Marker(LocalDate.of(2026, 4, 1), TimelineModel.Marker.Kind.REGIME,
                            "Moved from segment 5 to segment 4, now in segment 4 of the NHS Oversight Framework 2025/26"),
                    new TimelineModel.Marker(LocalDate.of(2026, 9, 30), TimelineModel.Marker.Kind.REGIME,
                            "Left, no longer in segment 4 of the NHS Oversight Framework 2025/26")), steps);
            for (TimelineModel.Marker m : steps) {
                assertFalse(m.date().isBefore(model.from()), "drawn inside the span: " + m);
                assertTrue(m.date().isBefore(model.to()), "drawn inside the span: " + m);
            }
            List<LocalDate> dates = model.markers().stream().map(TimelineModel.Marker::date).toList();
            assertEquals(dates.stream().sorted().toList(), dates, "markers stay in date order with today, deadlines and boards");

            String sentence = TimelineTable.sentence(model);
            assertTrue(sentence.contains("Regime steps: 01/10/2025, Entered, now in segment 5 (Provider Improvement Programme); 01/04/2026, Moved from segment 5"),
                    sentence);
            assertFalse(sentence.toLowerCase(java.util.Locale.UK).contains("special measures"), sentence);
        }
    }

    @Test
    void theDemoMarksItsEntryIntoSpecialMeasures() {
        try (PlanSession s = TestPlans.demo(dir.resolve("demo"))) {
            LocalDate entered = s.plan().regimeHistory().enteredOn().orElseThrow();
            TimelineModel model = TimelineModel.build(s.plan(), s.today(), Grouping.REQUIREMENT);
            assertEquals(List.of(new TimelineModel.Marker(entered, TimelineModel.Marker.Kind.REGIME, "Entered, now in special measures")),
                    model.markers().stream().filter(m -> m.kind() == TimelineModel.Marker.Kind.REGIME).toList());
        }
    }
}
