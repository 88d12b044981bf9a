package org.waymark.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.AuditEntryView;
import org.waymark.app.PlanSession;
import org.waymark.app.Refused;
import org.waymark.app.TestPlans;
import org.waymark.domain.Brag;
import org.waymark.domain.BragKey;
import org.waymark.domain.Organisation;
import org.waymark.domain.RegimeEntry;
import org.waymark.domain.RegimeEvent;
import org.waymark.app.RegimeService;
import org.waymark.ui.command.Command;
import org.waymark.ui.command.PlanEdits;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plan settings are stored in the plan, audited, refused when incomplete, and undoable like any edit. */
class PlanSettingsTest {

    @TempDir Path dir;

    @Test
    void organisationAndBragKeyAreSavedAuditedAndUndone() {
        try (PlanSession s = TestPlans.empty(dir)) {
            PlanEdits edits = new PlanEdits(s);
            Organisation before = s.plan().organisation();
            Organisation after = new Organisation(before.name(), "RX9", "Improvement Director", "Buddy Trust");
            Command c = edits.editOrganisation(before, after);
            c.execute();
            assertEquals(after, s.plan().organisation());
            c.undo();
            assertEquals(before, s.plan().organisation());
            c.redo();
            assertEquals(after, s.plan().organisation());

            BragKey key = s.plan().bragKey();
            Map<Brag, String> meanings = new EnumMap<>(key.meanings());
            meanings.put(Brag.AMBER, "On track with minor risks");
            BragKey changed = new BragKey(meanings, 45, key.driftRevisions(), key.driftSlipDays());
            Command k = edits.editBragKey(key, changed);
            k.execute();
            assertEquals(45, s.plan().bragKey().warningWindowDays());
            k.undo();
            assertEquals(key, s.plan().bragKey());

            List<AuditEntryView> audit = s.history(null, null);
            assertTrue(audit.stream().anyMatch(e -> "organisation".equals(e.entity()) && "Organisation settings".equals(e.why())));
            assertTrue(audit.stream().anyMatch(e -> "brag_key".equals(e.field())));
            assertTrue(s.verifyAudit().intact());

        }
    }

    @Test
    void regimeStepsAreCheckedAgainstTheDataAuditedAndUndone() {
        try (PlanSession s = TestPlans.empty(dir)) {
            PlanEdits edits = new PlanEdits(s);
            RegimeService regimes = new RegimeService(s);
            Command enter = edits.recordRegimeStep(new RegimeEntry(0, LocalDate.of(2025, 7, 1), RegimeEvent.ENTERED, "nof-2025-26", "4", "Quarter 1 results"));
            enter.execute();
            Command five = edits.recordRegimeStep(new RegimeEntry(0, LocalDate.of(2025, 10, 1), RegimeEvent.SEGMENT_CHANGED, "nof-2025-26", "5", ""));
            five.execute();
            var now = regimes.status().orElseThrow();
            assertEquals("5", now.segment().code());
            assertEquals(LocalDate.of(2025, 7, 1), now.entered(), "a segment change does not restart the stay");
            assertTrue(now.wording().inProgramme().contains("Provider Improvement Programme"));

            Refused same = assertThrows(Refused.class, () -> edits.recordRegimeStep(
                    new RegimeEntry(0, LocalDate.of(2025, 11, 1), RegimeEvent.SEGMENT_CHANGED, "nof-2025-26", "5", "")).execute());
            assertTrue(same.getMessage().contains("other than the current"), same.getMessage());
            Refused noSegment = assertThrows(Refused.class, () -> edits.recordRegimeStep(
                    new RegimeEntry(0, LocalDate.of(2025, 11, 1), RegimeEvent.ENTERED, "rsp-sof-2021", null, "")).execute());
            assertEquals("segment", noSegment.field());
            Refused earlier = assertThrows(Refused.class, () -> edits.recordRegimeStep(
                    new RegimeEntry(0, LocalDate.of(2025, 1, 1), RegimeEvent.LEFT, "nof-2025-26", null, "")).execute());
            assertTrue(earlier.getMessage().contains("date order"), earlier.getMessage());
            assertEquals(2, s.plan().regimeHistory().entries().size(), "a refused step writes nothing");

            five.undo();
            assertEquals("4", regimes.status().orElseThrow().segment().code());
            five.redo();
            assertEquals("5", regimes.status().orElseThrow().segment().code());
            edits.recordRegimeStep(new RegimeEntry(0, LocalDate.of(2026, 6, 30), RegimeEvent.LEFT, "nof-2025-26", null, "Exit agreed")).execute();
            assertTrue(regimes.status().isEmpty());
            assertEquals(0, s.plan().regimeHistory().monthsIn(LocalDate.of(2026, 12, 1)));

            List<AuditEntryView> audit = s.history(null, null);
            assertEquals(5, audit.stream().filter(e -> "regime_history".equals(e.entity())).count(), "three steps, an undo and a redo");
            assertTrue(s.verifyAudit().intact());
            var proof = s.read(org.waymark.app.IntegrityChecks::data);
            assertTrue(proof.proven(), proof.toString());
        }
    }
}
