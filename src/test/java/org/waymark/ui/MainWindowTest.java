package org.waymark.ui;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.domain.Brag;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window, headless, on a real demo plan file. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir static Path dir;
    PlanSession session;
    MainWindow window;

    @Start
    void start(Stage stage) {
        session = TestPlans.demo(dir.resolve(String.valueOf(System.nanoTime())));
        window = new MainWindow();
        stage.setScene(new javafx.scene.Scene(window.root(), 1000, 700));
        window.show(session);
        stage.show();
    }

    @Test
    void showsTheOrganisationRegimeAndBragCounts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(session.plan().organisation().name(), robot.lookup("#organisation-name").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#regime").queryAs(Label.class).getText().startsWith("Special measures since"));
        int red = session.readiness().overall().get(Brag.RED);
        assertTrue(red > 0);
        assertTrue(robot.lookup("#count-red").queryAs(Label.class).getText().endsWith("Red: " + red));
    }
}
