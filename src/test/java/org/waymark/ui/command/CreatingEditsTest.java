package org.waymark.ui.command;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanHealth;
import org.waymark.app.PlanSession;
import org.waymark.app.StoredRows;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.EvidenceItem;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.Person;
import org.waymark.domain.Priority;
import org.waymark.domain.RegulatorySource;
import org.waymark.domain.Requirement;
import org.waymark.domain.SourceKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every edit that creates a row keeps what the service gave back, so undo takes back exactly that row and redo makes
 * it again: on a real plan file, the stored rows after undo are those before, after redo those after, and the
 * plan passes `check` (audit chain, replay, schema) at every step. A second undo works on the record the redo kept.
 */
class CreatingEditsTest {

    @TempDir Path dir;

    private record Case(String name, Function<PlanSession, Command> make) {}

    @TestFactory
    Stream<DynamicTest> undoTakesBackWhatWasCreatedAndRedoMakesItAgain() {
        return Stream.of(
                new Case("add source", s -> edits(s).addSource(new RegulatorySource(0, SourceKind.WARNING_NOTICE_S29A, "WN-9", "Warning notice",
                        LocalDate.of(2026, 11, 1), null))),
                new Case("add requirement", s -> edits(s).addRequirement(new Requirement(0, s.plan().sources().get(0).id(), "R-9", Priority.MUST,
                        "Staff the control room", 18, KeyQuestion.SAFE, null, null))),
                new Case("add person", s -> edits(s).addPerson(new Person(0, "Rhiannon Pugh", "Head of Quality", "Quality", "", null, true, false, false))),
                new Case("add committee", s -> edits(s).addCommittee("Estates Committee")),
                new Case("add theme", s -> edits(s).addTheme("Estates", "Buildings and vehicles")),
                new Case("add action", s -> edits(s).addAction(new Action(0, "T-99", "Fit trackers", "", null, null, null, null, null, null,
                        LocalDate.of(2027, 3, 31), null, ActionStatus.NOT_STARTED, 0, null, null), new AtomicLong())),
                new Case("add evidence", s -> edits(s).addEvidence(open(s).id(), "Minutes", "QPS minutes March", "Item 7")),
                new Case("attach a file", s -> edits(s).addEvidenceFile(open(s).id(), file("rota.pdf"), false, "Rota", "")),
                new Case("link a file", s -> edits(s).addEvidenceFile(open(s).id(), file("audit.xlsx"), true, "Audit", "")),
                new Case("revise a due date", s -> edits(s).reviseDueDate(open(s).id(), open(s).currentDue().plusDays(60), "Supplier late",
                        "Weekly manual checks", TestPlans.allowed(s, Person.Permission.APPROVE))),
                new Case("post an update", s -> edits(s).postUpdate(open(s).id(), "Trackers ordered", open(s).progress() + 10)),
                new Case("verify evidence", s -> {
                    String by = TestPlans.allowed(s, Person.Permission.VERIFY);
                    EvidenceItem item = new org.waymark.app.ActionService(s).addEvidence(open(s).id(), "Minutes", "QPS minutes April", "Item 3");
                    return edits(s).verifyEvidence(item, by);
                })
        ).map(c -> DynamicTest.dynamicTest(c.name(), () -> roundTrip(c)));
    }

    private void roundTrip(Case c) {
        Path folder = dir.resolve(c.name().replace(' ', '-'));
        try (PlanSession s = TestPlans.demo(folder)) {
            Command command = c.make().apply(s);
            Map<String, List<List<Object>>> before = StoredRows.of(s);
            command.execute();
            Map<String, List<List<Object>>> after = StoredRows.of(s);
            assertNotEquals(before, after, "the edit wrote something");
            healthy(s);
            command.undo();
            assertEquals(before, StoredRows.of(s), "undo leaves the rows as they were");
            healthy(s);
            command.redo();
            assertEquals(after, StoredRows.of(s), "redo makes the same rows again");
            healthy(s);
            command.undo();
            assertEquals(before, StoredRows.of(s), "a second undo takes back what the redo made");
            healthy(s);
        }
    }

    private static PlanEdits edits(PlanSession s) { return new PlanEdits(s); }

    /** An action that is neither complete nor closed, with a due date: one any edit may touch. */
    private static Action open(PlanSession s) {
        return s.plan().actions().stream().filter(a -> a.status() == ActionStatus.IN_PROGRESS && a.currentDue() != null && a.progress() <= 80)
                .findFirst().orElseThrow();
    }

    private Path file(String name) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(name), "content of " + name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void healthy(PlanSession s) {
        PlanHealth h = PlanHealth.check(s.file(), TestPlans.CLOCK);
        assertTrue(h.healthy(), () -> String.join("\n", h.problems()));
    }
}
