package org.waymark.ui.importing;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.app.PeopleService;
import org.waymark.app.PlanHealth;
import org.waymark.app.PlanImporter;
import org.waymark.app.PlanSession;
import org.waymark.app.Ports;
import org.waymark.app.StoredRows;
import org.waymark.domain.Person;
import org.waymark.io.MessyWorkbook;
import org.waymark.io.SpreadsheetImport;
import org.waymark.ui.PlanContext;
import org.waymark.ui.ViewTesting;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * An import from the window is one undo step: a real workbook through the real dialog into a real plan file, then
 * Undo leaves every stored row as it was before (a person the plan already had stays), Redo writes the same rows
 * again, and the plan passes `check` at each step.
 */
@ExtendWith(ApplicationExtension.class)
class ImportUndoTest {

    @TempDir Path dir;
    PlanSession session;
    PlanContext ctx;
    ImportDialog dialog;
    final AtomicInteger imported = new AtomicInteger(-1);

    @Start void start(Stage stage) {
        Ports.provide(PlanImporter.class, () -> new SpreadsheetImport(dir.resolve("mappings.json")));
        session = PlanSession.create(dir.resolve("plan.waymark"), "North Downs Ambulance Service NHS Trust", "pmo", ImportDialogTest.APRIL_2018);
        // The sheet names the Medical Director as a lead: the import matches this person, so its undo must keep them.
        new PeopleService(session).addPerson(new Person(0, "Medical Director", "Medical Director", "Medicine", ""));
        ctx = ViewTesting.context(session);
        dialog = new ImportDialog(stage, ctx, imported::set);
        stage.show();
    }

    @AfterEach void close() { session.close(); }

    @Test void undoTakesTheWholeImportBackAndRedoWritesItAgain(FxRobot robot) throws Exception {
        Map<String, List<List<Object>>> before = StoredRows.of(session);
        Path xlsx = MessyWorkbook.write(dir.resolve("North Downs CQC plan v7.xlsx"));
        robot.interact(() -> dialog.read(xlsx));
        waitFor(robot, "#mapping-grid");
        robot.clickOn("#next");
        waitFor(robot, "#report-table");
        robot.clickOn("#skip-rejected");
        robot.clickOn("#next");
        waitFor(robot, "#done");

        Map<String, List<List<Object>>> after = StoredRows.of(session);
        assertTrue(imported.get() >= 10, "the accepted rows of the sheet: " + imported.get());
        assertEquals(imported.get(), after.get("action").size());
        assertFalse(after.get("progress_update").isEmpty(), "the sheet's updates were imported too");
        assertEquals("Undo import from North Downs CQC plan v7.xlsx", ctx.commands().undoText().get(), "one undo step for the whole import");
        healthy();

        robot.interact(() -> ctx.commands().undo());
        settle();
        assertEquals(before, StoredRows.of(session), "undo leaves every row as it was before the import");
        assertFalse(ctx.commands().canUndo().get());
        healthy();

        robot.interact(() -> ctx.commands().redo());
        settle();
        assertEquals(after, StoredRows.of(session), "redo writes the same rows again");
        healthy();

        robot.interact(() -> ctx.commands().undo());
        settle();
        assertEquals(before, StoredRows.of(session), "and the redone import can be undone again");
        healthy();
    }

    private void healthy() {
        PlanHealth h = PlanHealth.check(session.file(), ImportDialogTest.APRIL_2018);
        assertTrue(h.healthy(), () -> String.join("\n", h.problems()));
    }

    private static void settle() throws Exception { ViewTesting.settle(new SimpleBooleanProperty(false)); }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
