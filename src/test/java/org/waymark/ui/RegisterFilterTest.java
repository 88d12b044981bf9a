package org.waymark.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanSession;
import org.waymark.app.infra.SavedFilter;
import org.waymark.app.TestPlans;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.Priority;
import org.waymark.ui.register.RegisterFilter;
import org.waymark.ui.register.RegisterRow;
import org.waymark.ui.register.RegisterRows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The register's filter on the demo plan, checked against the plan itself. */
class RegisterFilterTest {

    @TempDir Path dir;

    @Test
    void eachFilterMatchesWhatThePlanSays() {
        try (PlanSession s = TestPlans.demo(dir)) {
            LocalDate today = s.today();
            List<RegisterRow> rows = RegisterRows.of(s.plan(), today);
            assertEquals(s.plan().actions().size(), rows.size());

            long red = s.plan().actions().stream().filter(a -> s.plan().brag(a, today).brag() == Brag.RED).count();
            assertTrue(red > 0);
            assertEquals(red, count(rows, filter(null, Brag.RED, null, null, false, null), today));

            long overdue = s.plan().actions().stream().filter(a -> a.overdue(today)).count();
            assertEquals(overdue, count(rows, filter(null, null, null, null, true, null), today));

            long safeMust = s.plan().actions().stream().filter(a -> s.plan().requirement(a.requirementId())
                    .map(r -> r.keyQuestion() == KeyQuestion.SAFE && r.priority() == Priority.MUST).orElse(false)).count();
            assertEquals(safeMust, count(rows, new RegisterFilter(null, null, null, null, KeyQuestion.SAFE, null, false, null, Priority.MUST, false, null), today));

            long within28 = s.plan().actions().stream().filter(a -> a.status() != ActionStatus.COMPLETE && a.currentDue() != null
                    && !a.currentDue().isAfter(today.plusDays(28))).count();
            assertEquals(within28, count(rows, filter(null, null, null, null, false, 28), today));

            String ref = rows.get(5).ref();
            assertTrue(count(rows, filter(ref.toLowerCase(), null, null, null, false, null), today) >= 1, "search ignores case");
            assertEquals(0, count(rows, filter("no such words anywhere", null, null, null, false, null), today));
        }
    }

    @Test
    void aSavedFilterComesBackTheSame() {
        RegisterFilter f = new RegisterFilter("fleet", Brag.AMBER, ActionStatus.IN_PROGRESS, 4L, KeyQuestion.WELL_LED, 2L, false, 3L, Priority.SHOULD, true, 14);
        SavedFilter saved = f.saveAs("My ambers");
        assertEquals(f, RegisterFilter.from(saved));
        assertFalse(f.isEmpty());
        assertTrue(RegisterFilter.NONE.isEmpty());
    }

    private static RegisterFilter filter(String text, Brag brag, ActionStatus status, Long owner, boolean overdue, Integer within) {
        return new RegisterFilter(text, brag, status, owner, null, null, false, null, null, overdue, within);
    }

    private static long count(List<RegisterRow> rows, RegisterFilter f, LocalDate today) {
        return rows.stream().filter(f.predicate(today)).count();
    }
}
