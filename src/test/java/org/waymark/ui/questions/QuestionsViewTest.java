package org.waymark.ui.questions;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.app.questions.QuestionService;
import org.waymark.domain.Action;
import org.waymark.domain.BoardQuestion;
import org.waymark.ui.PlanContext;
import org.waymark.ui.ViewTesting;
import org.waymark.ui.command.CommandStack;
import org.waymark.ui.shell.DialogService;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The window's board questions on a real demo plan: a member asks on a read-only session (the plan's bytes stay the
 * same), then the lead reads the file back, records it and answers, each an undoable command.
 */
@ExtendWith(ApplicationExtension.class)
class QuestionsViewTest {

    @TempDir Path dir;
    Stage stage;
    final List<String> errors = new ArrayList<>();
    Path chosen;

    @Start
    void start(Stage stage) { this.stage = stage; }

    private QuestionsView mount(FxRobot robot, PlanSession s, CommandStack commands) throws Exception {
        QuestionsView v = new QuestionsView(new PlanContext(s, commands, ViewTesting.EXECUTOR, dialogs(), null, null));
        robot.interact(() -> ViewTesting.mount(stage, v));
        ViewTesting.settle(v.loadingProperty());
        return v;
    }

    @Test
    void aMemberAsksOnAReadOnlyPlanAndTheLeadReadsBackRecordsAndAnswers(FxRobot robot) throws Exception {
        Path plan = TestPlans.demoFile(dir);
        String before = sha256(plan);
        Action action;
        try (PlanSession ro = PlanSession.open(plan, true, "member", TestPlans.CLOCK)) {
            action = ro.plan().actions().get(2);
            QuestionsView member = mount(robot, ro, new CommandStack(ViewTesting.EXECUTOR, e -> errors.add(e.toString())));
            robot.interact(() -> member.askAbout(new QuestionService.Target.OnAction(action.id())));
            robot.clickOn("#ask-text").write("Who checks the audit results?");
            robot.clickOn("#ask-add");
            ViewTesting.settle(member.loadingProperty());
            String saved = robot.lookup("#ask-saved").queryAs(Label.class).getText();
            assertTrue(saved.startsWith("Saved to ") && saved.endsWith("Send this file to the improvement lead."), saved + errors);
            assertTrue(robot.lookup("#questions-record").queryButton().isDisabled());
        }
        assertEquals(before, sha256(plan), "asking from the window leaves the plan byte-identical");
        Path file;
        try (var list = Files.list(dir)) { file = list.filter(p -> p.toString().endsWith(".board-questions.json")).findFirst().orElseThrow(); }
        assertTrue(file.getFileName().toString().startsWith("Dame Ann Member - "), file.toString());

        try (PlanSession lead = PlanSession.open(plan, false, "Improvement Lead", TestPlans.CLOCK)) {
            CommandStack commands = new CommandStack(ViewTesting.EXECUTOR, e -> errors.add(e.toString()));
            QuestionsView view = mount(robot, lead, commands);
            robot.interact(() -> view.readBack(file));
            ViewTesting.settle(view.loadingProperty());
            TableView<?> read = robot.lookup("#questions-readback").queryAs(TableView.class);
            assertEquals(1, read.getItems().size());
            assertTrue(robot.lookup("#questions-status").queryAs(Label.class).getText().contains("1 new"));
            robot.clickOn("#questions-record");
            ViewTesting.settle(view.loadingProperty());
            TableView<?> recorded = robot.lookup("#questions-recorded").queryAs(TableView.class);
            assertEquals(1, recorded.getItems().size(), errors.toString());
            assertEquals(action.id(), new QuestionService(lead).all().get(0).actionId());

            robot.interact(() -> recorded.getSelectionModel().select(0));
            robot.clickOn("#questions-answer-text").write("The deputy director, monthly.");
            robot.clickOn("#questions-answer");
            ViewTesting.settle(view.loadingProperty());
            BoardQuestion q = new QuestionService(lead).all().get(0);
            assertEquals("The deputy director, monthly.", q.answer());
            Path shots = Files.createDirectories(Path.of("target", "questions-shots"));
            robot.interact(() -> {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(view.node().snapshot(null, null), null), "png", shots.resolve("questions-view.png").toFile());
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });

            robot.interact(commands::undo);
            ViewTesting.settle(view.loadingProperty());
            assertNull(new QuestionService(lead).all().get(0).answer(), "undo takes the answer back");
            robot.interact(commands::undo);
            ViewTesting.settle(view.loadingProperty());
            assertEquals(List.of(), new QuestionService(lead).all(), "undo takes the recorded questions out again");
            assertEquals(List.of(), errors);
        }
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    private DialogService dialogs() {
        return new DialogService() {
            @Override public void info(String title, String message) { errors.add("info: " + message); }
            @Override public void error(String title, String message) { errors.add(message); }
            @Override public boolean confirm(String title, String message) { return true; }
            @Override public Optional<String> ask(String title, String prompt, String initial) { return Optional.of("Dame Ann Member"); }
            @Override public Optional<Path> chooseFileToOpen(String title) { return Optional.ofNullable(chosen); }
            @Override public Optional<Path> chooseFileToSave(String title, String suggestedName) { return Optional.empty(); }
            @Override public <T> Optional<T> show(Dialog<T> dialog) { return Optional.empty(); }
        };
    }
}
