package org.waymark.ui.boardpack;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.waymark.app.BoardPackExporter;
import org.waymark.app.BoardPackService;
import org.waymark.app.PlanSession;
import org.waymark.app.Ports;
import org.waymark.app.TestPlans;
import org.waymark.report.PdfBoardPackExporter;
import org.waymark.ui.Navigator;
import org.waymark.ui.RegisterQuery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The Board pack view mounted alone, headless, on a real demo plan, with the real PDF exporter. */
@ExtendWith(ApplicationExtension.class)
class BoardPackViewTest {

    @TempDir static Path dir;
    PlanSession session;
    BoardPackView view;

    @Start
    void start(Stage stage) {
        Ports.provide(BoardPackExporter.class, PdfBoardPackExporter::new);
        session = TestPlans.demo(dir.resolve(String.valueOf(System.nanoTime())));
        view = new BoardPackView(org.waymark.ui.ViewTesting.context(session), new Navigator() {
            @Override public void showRegister(RegisterQuery query) {}
            @Override public void openAction(long actionId) {}
            @Override public void showView(String viewId) {}
        });
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1100, 760));
        stage.show();
    }

    @Test
    void previewsOnlyTheChosenSections(FxRobot robot) throws Exception {
        for (String s : List.of("cover", "readiness", "notices", "coverage", "exceptions", "movement", "questions", "metrics", "timeline", "appendix")) {
            robot.clickOn("#section-" + s);
        }
        robot.clickOn("#pack-preview");
        VBox pages = robot.lookup("#pack-pages").queryAs(VBox.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#pack-status").queryAs(Label.class).getText().startsWith("Showing"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, pages.getChildren().size(), "contents, then the summary's two pages");
        assertTrue(((ImageView) pages.getChildren().get(0)).getImage().getWidth() > 300);
        assertTrue(robot.lookup("#pack-status").queryAs(Label.class).getText().startsWith("Showing 3 pages"));
        Path shot = Path.of("target", "screenshots", "board-pack.png");
        Files.createDirectories(shot.getParent());
        robot.interact(() -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(view.node().snapshot(null, null), null), "png", shot.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void exportsThePdfOffTheFxThread(FxRobot robot) throws Exception {
        Path target = dir.resolve("exported-" + System.nanoTime() + ".pdf");
        view.chooseTargetWith(w -> target);
        robot.clickOn("#pack-export");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#pack-status").queryAs(Label.class).getText().startsWith("Saved"));
        try (PDDocument doc = Loader.loadPDF(target.toFile())) {
            List<String> titles = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> titles.add(i.getTitle()));
            assertEquals(12, titles.size(), titles.toString());
        }
        assertTrue(Files.size(target) > 10_000);
    }

    @Test
    void exportsTheHtmlPackWhenHtmlIsChosen(FxRobot robot) throws Exception {
        Path target = dir.resolve("exported-" + System.nanoTime() + ".html");
        view.chooseTargetWith(w -> target);
        robot.interact(() -> robot.lookup("#pack-format").queryAs(ChoiceBox.class).setValue("HTML"));
        assertEquals("Export HTML…", robot.lookup("#pack-export").queryAs(Button.class).getText());
        robot.clickOn("#pack-export");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#pack-status").queryAs(Label.class).getText().startsWith("Saved"));
        String html = Files.readString(target);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">"), html.substring(0, 80));
        assertTrue(html.contains("<section id=\"appendix\""));
        robot.interact(() -> robot.lookup("#pack-format").queryAs(ChoiceBox.class).setValue("PDF"));
    }

    @Test
    void coverSheetEditsAreSavedAndARefusalKeepsWhatWasTyped(FxRobot robot) throws Exception {
        org.waymark.ui.ViewTesting.settle(new javafx.beans.property.SimpleBooleanProperty(false));
        robot.clickOn("#pack-cover");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#cover-title").tryQuery().isPresent());
        TextField title = robot.lookup("#cover-title").queryAs(TextField.class);
        robot.interact(() -> title.setText(""));
        robot.lookup("#cover-agenda").queryAs(TextField.class);
        robot.interact(() -> robot.lookup("#cover-agenda").queryAs(TextField.class).setText("9.1"));
        robot.clickOn("#cover-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#cover-error").queryAs(Label.class).getText().isEmpty());
        assertEquals("Give the paper a title.", robot.lookup("#cover-error").queryAs(Label.class).getText());
        assertEquals("9.1", robot.lookup("#cover-agenda").queryAs(TextField.class).getText(), "nothing typed is lost");
        robot.clickOn("#cover-title").write("Quality improvement plan update");
        robot.clickOn("#cover-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#cover-title").tryQuery().isEmpty());
        assertTrue(robot.lookup("#pack-status").queryAs(Label.class).getText().startsWith("Cover sheet saved"));
        BoardPackService service = new BoardPackService(session);
        long id = service.meeting("latest").orElseThrow().id();
        assertEquals("Quality improvement plan update", service.cover(id).title());
        assertEquals("9.1", service.cover(id).agendaItem());
        assertEquals(1, session.history("board_pack_cover", id).size());
    }
}
