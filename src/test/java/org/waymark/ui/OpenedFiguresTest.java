package org.waymark.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.waymark.app.TestPlans;
import org.waymark.app.infra.Preferences;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The safe open reads the overview's figures on the session it opened, so the overview shows the opened plan's own
 * figures in the frame that first shows it: the page it is put in the window with is the one that stays, with no
 * second read and no second page. An edit afterwards still makes the overview read the plan again.
 */
class OpenedFiguresTest extends WindowTest {

    @Test
    void theOverviewKeepsThePageItOpenedWithUntilAnEdit(FxRobot robot) throws Exception {
        Path plan = TestPlans.demoFile(dir);
        // Each overview page put in the view area, and how often its page was replaced once it was there.
        List<Node> overviews = new ArrayList<>();
        AtomicInteger replacedAfterShown = new AtomicInteger();
        h = WindowHarness.unopened(robot);
        h.showWindow(stage, dir.resolve("test.log"), Preferences.defaults().withUserName("Improvement lead"), w -> {
            StackPane area = (StackPane) w.root().lookup(".view-area");
            area.getChildren().addListener((ListChangeListener<Node>) c -> {
                while (c.next()) for (Node n : c.getAddedSubList()) {
                    if (!"overview".equals(n.getId()) || overviews.contains(n)) continue;
                    overviews.add(n);
                    ((ScrollPane) ((StackPane) n).getChildren().get(0)).contentProperty().addListener((o, was, now) -> {
                        if (n == overviews.get(overviews.size() - 1)) replacedAfterShown.incrementAndGet();
                    });
                }
            });
            w.open(plan, false);
        });
        h.idle();

        assertTrue(h.window.context().isPresent(), "opened: " + h.dialogs.messages + " " + h.failures);
        assertFalse(overviews.isEmpty(), "the overview was shown");
        Node opened = overviews.get(overviews.size() - 1);
        assertSame(opened, robot.from(h.window.root()).lookup("#overview").query(), "the plan's own overview is on screen");
        assertNotNull(robot.from(opened).lookup("#overview-review").tryQuery().orElse(null), "with its figures");
        assertEquals(0, replacedAfterShown.get(), "the figures the open read were not read and built again");

        // An edit: the overview reads the plan again, from then on as before.
        Action first = h.session().plan().actions().get(0);
        ActionStatus other = first.status() == ActionStatus.ON_HOLD ? ActionStatus.IN_PROGRESS : ActionStatus.ON_HOLD;
        robot.interact(() -> h.window.context().orElseThrow().perform(h.window.context().orElseThrow().edits().changeStatus(first.id(), other), null, e -> { }));
        h.idle();
        assertEquals(1, replacedAfterShown.get(), "the edit's refresh built the page anew");
        assertTrue(h.failures.isEmpty(), h.failures.toString());
    }
}
