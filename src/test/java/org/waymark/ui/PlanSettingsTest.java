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
import org.waymark.domain.Regime;
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
            Organisation after = new Organisation(before.name(), "RX9", Regime.SPECIAL_MEASURES, LocalDate.of(2026, 3, 1), "Improvement Director", "Buddy Trust");
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

            Organisation noDate = new Organisation(before.name(), "", Regime.RSP_SEGMENT_4, null, "", "");
            Refused r = assertThrows(Refused.class, () -> edits.editOrganisation(s.plan().organisation(), noDate).execute());
            assertEquals("regimeEntered", r.field());
            assertEquals(after, s.plan().organisation(), "a refused change writes nothing");
        }
    }
}
