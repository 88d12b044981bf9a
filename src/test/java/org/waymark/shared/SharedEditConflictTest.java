package org.waymark.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.ActionService;
import org.waymark.app.PlanSession;
import org.waymark.app.Refused;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.ui.command.Command;
import org.waymark.ui.command.PlanEdits;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Two improvement leads on one shared plan, each with the same action open in the editor. What one changes
 * survives the other's save unless both changed the same detail; then the second save is refused with the first's
 * value, and nothing is written. Undo never puts back a row over someone else's later change.
 */
@ExtendWith(SharedServer.Extension.class)
class SharedEditConflictTest {

    @TempDir Path dir;

    @Test void editsOfDifferentDetailsMergeAndEditsOfTheSameDetailAreRefused(SharedServer server) {
        String shared = server.publishedDemo(dir);
        try (PlanSession ann = PlanSession.open(shared, false, "Ann", TestPlans.CLOCK);
             PlanSession ben = PlanSession.open(shared, false, "Ben", TestPlans.CLOCK)) {
            Action shownToAnn = ann.plan().actions().get(3);
            Action shownToBen = ben.plan().action(shownToAnn.id()).orElseThrow();

            new ActionService(ben).editDetails(shownToBen, retitled(shownToBen, "Ben's title"), "Details edited");
            new ActionService(ann).editDetails(shownToAnn, described(shownToAnn, "Ann's description"), "Details edited");
            Action both = fresh(ben, shownToAnn.id());
            assertEquals("Ben's title", both.title(), "Ann's save kept Ben's title, which she had not touched");
            assertEquals("Ann's description", both.description());

            long rows = ann.auditRows();
            Refused clash = assertThrows(Refused.class,
                    () -> new ActionService(ann).editDetails(shownToAnn, retitled(shownToAnn, "Ann's title"), "Details edited"));
            assertEquals("conflict", clash.field());
            assertTrue(clash.getMessage().contains("the title is now \u201cBen's title\u201d"), clash.getMessage());
            assertTrue(clash.getMessage().contains("Your change was not saved"), clash.getMessage());
            assertEquals(rows, ann.auditRows(), "a refused save writes nothing");
            assertEquals("Ben's title", fresh(ann, shownToAnn.id()).title());
        }
    }

    @Test void undoDoesNotPutBackARowOverSomeoneElsesLaterChange(SharedServer server) {
        String shared = server.publishedDemo(dir);
        try (PlanSession ann = PlanSession.open(shared, false, "Ann", TestPlans.CLOCK);
             PlanSession ben = PlanSession.open(shared, false, "Ben", TestPlans.CLOCK)) {
            Action a = ann.plan().actions().stream().filter(x -> x.status() == ActionStatus.IN_PROGRESS).findFirst().orElseThrow();
            Command onHold = new PlanEdits(ann).changeStatus(a.id(), ActionStatus.ON_HOLD);
            onHold.execute();
            Action seenByBen = fresh(ben, a.id());
            new ActionService(ben).editDetails(seenByBen, retitled(seenByBen, "Retitled by Ben"), "Details edited");

            long rows = ann.auditRows();
            Refused refused = assertThrows(Refused.class, onHold::undo);
            assertTrue(refused.getMessage().contains("the title is now \u201cRetitled by Ben\u201d"), refused.getMessage());
            assertEquals(rows, ann.auditRows());
            Action now = fresh(ann, a.id());
            assertEquals(ActionStatus.ON_HOLD, now.status());
            assertEquals("Retitled by Ben", now.title());

            // With nobody else in between, undo and redo work as ever.
            Command progress = new PlanEdits(ann).changeStatus(a.id(), ActionStatus.IN_PROGRESS);
            progress.execute();
            progress.undo();
            assertEquals(ActionStatus.ON_HOLD, fresh(ann, a.id()).status());
            progress.redo();
            assertEquals(ActionStatus.IN_PROGRESS, fresh(ann, a.id()).status());
        }
    }

    @Test void aStatusChosenOnAnOlderViewIsRefusedNamingWhoChangedItAndWhen(SharedServer server) {
        String shared = server.publishedDemo(dir);
        try (PlanSession ann = PlanSession.open(shared, false, "Ann", TestPlans.CLOCK);
             PlanSession ben = PlanSession.open(shared, false, "Ben", TestPlans.CLOCK)) {
            Action a = ann.plan().actions().stream().filter(x -> x.status() == ActionStatus.IN_PROGRESS).findFirst().orElseThrow();
            ben.plan();
            new PlanEdits(ben).changeStatus(a.id(), ActionStatus.ON_HOLD).execute();

            long rows = ann.auditRows();
            Command complete = new PlanEdits(ann).changeStatus(a.id(), ActionStatus.COMPLETE); // Ann still sees In progress
            Refused refused = assertThrows(Refused.class, complete::execute);
            assertEquals("conflict", refused.field());
            String when = java.time.format.DateTimeFormatter.ofPattern("HH:mm 'on' dd/MM/yyyy")
                    .format(java.time.Instant.now(TestPlans.CLOCK).atZone(TestPlans.CLOCK.getZone()));
            assertTrue(refused.getMessage().contains("set the status of " + a.ref() + " to On hold"), refused.getMessage());
            assertTrue(refused.getMessage().contains("last changed by postgres at " + when), refused.getMessage());
            assertEquals(rows, ann.auditRows(), "a refused change writes nothing");
            assertEquals(ActionStatus.ON_HOLD, fresh(ann, a.id()).status(), "Ben's choice stands");

            // A details clash names them too.
            Action shown = ann.plan().action(a.id()).orElseThrow();
            Action seenByBen = fresh(ben, a.id());
            new ActionService(ben).editDetails(seenByBen, retitled(seenByBen, "Ben's title"), "Details edited");
            Refused clash = assertThrows(Refused.class, () -> new ActionService(ann).editDetails(shown, retitled(shown, "Ann's title"), "Details edited"));
            assertTrue(clash.getMessage().contains("(last changed by postgres at " + when + ")"), clash.getMessage());
        }
    }

    /** What is stored now, read afresh by that session. */
    private static Action fresh(PlanSession s, long id) {
        return s.read(c -> org.waymark.store.PlanLoader.load(c)).action(id).orElseThrow();
    }

    private static Action retitled(Action a, String title) {
        return new Action(a.id(), a.ref(), title, a.description(), a.requirementId(), a.themeId(), a.executiveLeadId(), a.operationalLeadId(),
                a.committeeId(), a.start(), a.originalDue(), a.currentDue(), a.status(), a.progress(), a.override(), a.signOff());
    }

    private static Action described(Action a, String description) {
        return new Action(a.id(), a.ref(), a.title(), description, a.requirementId(), a.themeId(), a.executiveLeadId(), a.operationalLeadId(),
                a.committeeId(), a.start(), a.originalDue(), a.currentDue(), a.status(), a.progress(), a.override(), a.signOff());
    }
}
