package org.waymark.ui.rounds;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.waymark.app.ActionService;
import org.waymark.app.PlanSession;
import org.waymark.app.Ports;
import org.waymark.app.TestPlans;
import org.waymark.app.rounds.IssuedRound;
import org.waymark.app.rounds.OwnerForm;
import org.waymark.app.rounds.RoundService;
import org.waymark.app.rounds.UpdateRoundFiles;
import org.waymark.io.rounds.RoundFilesPort;
import org.waymark.io.rounds.RoundsTestForms;
import org.waymark.ui.PlanContext;
import org.waymark.ui.ViewTesting;
import org.waymark.ui.command.CommandStack;
import org.waymark.ui.shell.BackgroundExecutor;
import org.waymark.ui.shell.DialogService;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** The rounds view on a real demo plan: returned forms reviewed with all three outcomes, then applied. */
@ExtendWith(ApplicationExtension.class)
class RoundsViewTest {

    @TempDir static Path dir;
    PlanSession session;
    RoundsView view;
    final List<String> errors = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Ports.provide(UpdateRoundFiles.class, RoundFilesPort::new);
        session = TestPlans.demo(dir.resolve(String.valueOf(System.nanoTime())));
        // The views' one executor, so that settle() waits for exactly this view's work.
        BackgroundExecutor executor = ViewTesting.EXECUTOR;
        view = new RoundsView(new PlanContext(session, new CommandStack(executor, e -> errors.add(e.toString())), executor, dialogs(), null, null));
        ViewTesting.mount(stage, view);
    }

    @Test
    void returnedFormsShowAcceptedConflictAndRejectedAndOnlyTheChosenLand(FxRobot robot) throws Exception {
        ViewTesting.settle(view.loadingProperty());
        Path out = dir.resolve("forms-" + System.nanoTime());
        IssuedRound round = new RoundService(session).start(null, List.of(), issued -> new RoundFilesPort().write(issued, out));
        OwnerForm a = round.forms().get(0), b = round.forms().get(1), c = round.forms().get(2);
        Path fa = RoundsTestForms.narrative(out, a, "Ward audits finished on time.");
        Path fb = RoundsTestForms.narrative(out, b, "Owner's view of progress.");
        Path fc = RoundsTestForms.lockedTitle(out, c, "A title the owner preferred");
        new ActionService(session).postUpdate(b.rows().get(0).actionId(), "Changed by the PMO after issue", null);
        robot.interact(view::refresh);
        ViewTesting.settle(view.loadingProperty());

        robot.interact(() -> view.review(List.of(fa, fb, fc)));
        ViewTesting.settle(view.loadingProperty());
        TableView<?> table = robot.from(view.node()).lookup("#round-review").queryAs(TableView.class);
        assertEquals(3, table.getItems().size());
        String counts = robot.from(view.node()).lookup("#round-counts").queryAs(Label.class).getText();
        assertTrue(counts.startsWith("1 accepted, 1 in conflict, 1 rejected."), counts + " " + table.getItems());
        Path shots = Files.createDirectories(Path.of("target", "rounds-shots"));
        robot.interact(() -> {
            WritableImage img = view.node().snapshot(null, null);
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", shots.resolve("review-table.png").toFile());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });

        int updatesB = session.plan().updatesOf(b.rows().get(0).actionId()).size();
        // Looked up inside this view: windows of earlier tests in the same run may hold a rounds view of their own.
        robot.clickOn(robot.from(view.node()).lookup("#round-apply").queryButton());
        ViewTesting.settle(view.loadingProperty());
        assertEquals(List.of(), errors);
        assertTrue(session.plan().updatesOf(a.rows().get(0).actionId()).stream().anyMatch(u -> u.text().equals("Ward audits finished on time.")));
        assertEquals(updatesB, session.plan().updatesOf(b.rows().get(0).actionId()).size(), "the conflict was not taken, so nothing of it lands");
        assertTrue(robot.from(view.node()).lookup("#round-status").queryAs(Label.class).getText().contains("3 of "), "three owners have returned a form, whatever became of its rows");
    }

    private DialogService dialogs() {
        return new DialogService() {
            @Override public void info(String title, String message) { }
            @Override public void error(String title, String message) { errors.add(message); }
            @Override public boolean confirm(String title, String message) { return true; }
            @Override public Optional<String> ask(String title, String prompt, String initial) { return Optional.empty(); }
            @Override public Optional<Path> chooseFileToOpen(String title) { return Optional.empty(); }
            @Override public Optional<Path> chooseFileToSave(String title, String suggestedName) { return Optional.empty(); }
            @Override public <T> Optional<T> show(Dialog<T> dialog) { return Optional.empty(); }
        };
    }
}
