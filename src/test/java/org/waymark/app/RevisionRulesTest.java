package org.waymark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.DateRevision;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Revising a due date on a real plan file: no date in the past, and moving it earlier needs a reason. */
class RevisionRulesTest {

    @TempDir Path dir;

    @Test
    void aPastDateIsRefusedAndBringingForwardNeedsAReasonButNoInterimControl() {
        try (PlanSession s = TestPlans.empty(dir)) {
            ActionService actions = new ActionService(s);
            long id = actions.add(new Action(0, "A1", "Fleet checks", "", null, null, null, null, null, null,
                    LocalDate.of(2026, 12, 31), null, ActionStatus.IN_PROGRESS, 20, null, null));
            String director = TestPlans.allowed(s, org.waymark.domain.Person.Permission.APPROVE);
            long auditBefore = s.auditRows();
            Refused past = assertThrows(Refused.class, () -> actions.reviseDueDate(id, LocalDate.of(2026, 11, 1), "r", "c", director, null));
            assertEquals("newDue", past.field());
            assertTrue(past.getMessage().contains("01/11/2026 is in the past") && past.getMessage().contains("25/11/2026"), past.getMessage());
            Refused noReason = assertThrows(Refused.class, () -> actions.reviseDueDate(id, LocalDate.of(2026, 12, 10), " ", "", director, null));
            assertEquals("reason", noReason.field());
            assertTrue(noReason.getMessage().contains("bringing the date forward"), noReason.getMessage());
            assertEquals(auditBefore, s.auditRows(), "nothing written by a refused revision");

            actions.reviseDueDate(id, LocalDate.of(2026, 12, 10), "Extra staff found", "", director, null);
            DateRevision r = s.plan().revisionsOf(id).get(0);
            assertEquals("brought forward 21 days", r.shiftText());
            assertEquals(LocalDate.of(2026, 12, 10), s.plan().action(id).orElseThrow().currentDue());
            Refused noControl = assertThrows(Refused.class, () -> actions.reviseDueDate(id, LocalDate.of(2027, 1, 10), "Late", " ", director, null));
            assertEquals("interimControl", noControl.field(), "a slip still needs its interim control");
        }
    }
}
