package org.waymark.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanSession;
import org.waymark.app.SeededEdits;
import org.waymark.app.TestPlans;
import org.waymark.domain.Person;
import org.waymark.domain.Plan;
import org.waymark.ui.register.RegisterRow;
import org.waymark.ui.register.RegisterRows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The register reuses the rows of actions an edit did not touch. After each of ~1,200 seeded random edits (and
 * now and then a new day), the reused rows must equal rows built afresh from the plan, field by field and in order.
 */
class RegisterRowsReuseTest {

    @TempDir Path dir;

    @Test
    void reusedRowsAreAlwaysTheRowsBuiltAfresh() {
        int compared = 0;
        int reusedAll = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Path sub = dir.resolve("seed-" + seed);
            sub.toFile().mkdirs();
            try (PlanSession s = TestPlans.demo(sub)) {
                Random random = new Random(seed * 31);
                String approver = TestPlans.allowed(s, Person.Permission.APPROVE);
                String verifier = TestPlans.allowed(s, Person.Permission.VERIFY);
                LocalDate day = s.today();
                Plan before = s.plan();
                List<RegisterRow> rows = RegisterRows.of(before, day);
                for (int i = 0; i < 300; i++) {
                    String what = SeededEdits.edit(s, random, approver, verifier);
                    LocalDate today = random.nextInt(20) == 0 ? day.plusDays(random.nextInt(3)) : day;
                    Plan plan = s.plan();
                    List<RegisterRow> reused = RegisterRows.of(plan, today, before, day, rows);
                    assertEquals(RegisterRows.of(plan, today), reused, "seed " + seed + ", edit " + i + ": " + what);
                    if (reused.size() == rows.size()) {
                        int same = 0;
                        for (int k = 0; k < rows.size(); k++) if (reused.get(k) == rows.get(k)) same++;
                        if (same >= rows.size() - 5) reusedAll++;
                    }
                    before = plan;
                    rows = reused;
                    day = today;
                    compared++;
                }
            }
        }
        assertEquals(1_200, compared);
        assertTrue(reusedAll > 300, "the shortcut is taken: rows reused after " + reusedAll + " edits");
    }
}
