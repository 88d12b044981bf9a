package org.waymark.ui.importing;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.*;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.ui.ViewTesting;
import org.waymark.app.PlanImporter;
import org.waymark.app.PlanSession;
import org.waymark.app.Ports;
import org.waymark.domain.Action;
import org.waymark.io.MessyWorkbook;
import org.waymark.io.SpreadsheetImport;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** The import dialog alone, headless, driven through a real messy workbook into a real plan file. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

    static final Clock APRIL_2018 = Clock.fixed(Instant.parse("2018-04-10T09:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir Path dir;
    PlanSession session;
    ImportDialog dialog;
    Stage stage;
    final AtomicInteger imported = new AtomicInteger(-1);

    @Start void start(Stage stage) {
        this.stage = stage;
        Ports.provide(PlanImporter.class, () -> new SpreadsheetImport(dir.resolve("mappings.json")));
        session = PlanSession.create(dir.resolve("plan.waymark"), "North Downs Ambulance Service NHS Trust", "pmo", APRIL_2018);
        dialog = new ImportDialog(stage, ViewTesting.context(session), imported::set);
        stage.show();
    }

    @AfterEach void close() { session.close(); }

    private void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    @Test void messyWorkbookFromMappingThroughDryRunToOneImport(FxRobot robot) throws Exception {
        Path xlsx = MessyWorkbook.write(dir.resolve("North Downs CQC plan v7.xlsx"));
        robot.interact(() -> dialog.read(xlsx));
        waitFor(robot, "#mapping-grid");

        ComboBox<PlanImporter.FieldChoice> rag = robot.lookup("#map-10").queryAs(ComboBox.class);
        assertEquals("BRAG", rag.getValue().label(), "the RAG column is proposed as BRAG");
        assertEquals("Executive lead", robot.lookup("#map-7").queryAs(ComboBox.class).getConverter().toString(robot.lookup("#map-7").queryAs(ComboBox.class).getValue()));

        // Map a second column to BRAG: the dialog refuses to go on and says why.
        ComboBox<PlanImporter.FieldChoice> update = robot.lookup("#map-11").queryAs(ComboBox.class);
        robot.interact(() -> update.getSelectionModel().select(rag.getValue()));
        assertTrue(robot.lookup("#next").queryButton().isDisabled());
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().contains("“BRAG” is chosen for more than one column"));
        robot.interact(() -> update.getSelectionModel().select(update.getItems().stream().filter(f -> f.id().equals("IGNORE")).findFirst().orElseThrow()));
        assertFalse(robot.lookup("#next").queryButton().isDisabled());

        snapshot(robot, "import-dialog-mapping.png");
        robot.clickOn("#duplicates-skip");
        robot.clickOn("#next");
        waitFor(robot, "#report-table");

        TableView<PlanImporter.RowOutcome> table = robot.lookup("#report-table").queryAs(TableView.class);
        assertEquals(14, table.getItems().size());
        PlanImporter.RowOutcome impossible = table.getItems().stream().filter(r -> r.row() == MessyWorkbook.S5_IMPOSSIBLE).findFirst().orElseThrow();
        assertEquals("Rejected", impossible.status());
        assertTrue(impossible.messages().get(0).startsWith("'Action Plan'!J15: \"31/02/2018\" is not a real date"));
        assertEquals("Skipped", table.getItems().stream().filter(r -> r.row() == MessyWorkbook.M2_DUPLICATE).findFirst().orElseThrow().status());
        assertEquals("2 accepted · 8 accepted with warnings · 2 rejected · 2 skipped", robot.lookup("#summary").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#next").queryButton().isDisabled(), "rejected rows block the import until the user chooses");
        snapshot(robot, "import-dialog-report.png");

        robot.clickOn("#problems-only");
        assertEquals(12, table.getItems().size(), "the two clean rows are hidden");
        robot.clickOn("#problems-only");
        assertEquals(14, table.getItems().size());

        robot.clickOn("#skip-rejected");
        assertEquals("Import 10 actions", robot.lookup("#next").queryButton().getText());
        robot.clickOn("#next");
        waitFor(robot, "#done");

        assertEquals(10, imported.get());
        assertEquals(10, session.plan().actions().size());
        Action s3 = session.plan().actions().stream().filter(a -> a.ref().equals("S3")).findFirst().orElseThrow();
        assertEquals("As stated in North Downs CQC plan v7.xlsx", s3.override().reason());
        assertTrue(session.plan().actions().stream().allMatch(a -> session.plan().updatesOf(a.id()).isEmpty()), "the update column was set not to import");
        assertTrue(session.verifyAudit().intact());
    }

    @Test void anUnreadableFileSaysWhyAndStaysOnTheFirstStep(FxRobot robot) throws Exception {
        Path junk = Files.writeString(dir.resolve("minutes.xlsx"), "%PDF-1.7 not a workbook");
        robot.interact(() -> dialog.read(junk));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("Cannot continue"));
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().contains("named like an Excel workbook but is not one"));
        assertTrue(robot.lookup("#choose-file").tryQuery().isPresent());
        assertTrue(session.plan().actions().isEmpty());
    }

    @Test void exportRunsOffTheFxThreadAndReportsWhereItWent(FxRobot robot) throws Exception {
        Ports.provide(org.waymark.app.PlanExporter.class, org.waymark.io.FileExporter::new);
        Path target = dir.resolve("register.xlsx");
        java.util.concurrent.CompletableFuture<Path> done = new java.util.concurrent.CompletableFuture<>();
        robot.interact(() -> ExportAction.export(session, ViewTesting.EXECUTOR, target, done::complete, done::completeExceptionally));
        assertEquals(target, done.get(20, TimeUnit.SECONDS));
        assertTrue(Files.size(target) > 1000);
        java.util.concurrent.CompletableFuture<Path> failed = new java.util.concurrent.CompletableFuture<>();
        robot.interact(() -> ExportAction.export(session, ViewTesting.EXECUTOR, dir.resolve("register.pdf"), failed::complete, failed::completeExceptionally));
        var e = assertThrows(java.util.concurrent.ExecutionException.class, () -> failed.get(20, TimeUnit.SECONDS));
        assertTrue(e.getCause().getMessage().contains("exports .xlsx, .csv and .json"), e.getCause().getMessage());
    }

    /** Kept under target/ so a person can look at the dialog as a user sees it. */
    private void snapshot(FxRobot robot, String name) throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", out.resolve(name).toFile());
    }
}
