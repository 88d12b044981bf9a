package org.waymark.ui.overview;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.ui.RecordingNavigator;
import org.waymark.ui.ViewTesting;

import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The overview of a segment-5 trust speaks of the Provider Improvement Programme, never of special measures. */
@ExtendWith(ApplicationExtension.class)
class SegmentFiveOverviewTest {

    @TempDir static Path dir;
    OverviewView segmentFive;
    OverviewView specialMeasures;

    @Start
    void start(Stage stage) {
        PlanSession five = TestPlans.segmentFive(dir.resolve("five"));
        new org.waymark.app.TagService(five).tagFinding(five.plan().requirements().get(0).id(), "S6");
        PlanSession demo = TestPlans.demo(dir.resolve("demo"));
        segmentFive = new OverviewView(ViewTesting.context(five), new RecordingNavigator());
        specialMeasures = new OverviewView(ViewTesting.context(demo), new RecordingNavigator());
        javafx.scene.layout.VBox both = new javafx.scene.layout.VBox(segmentFive.node(), specialMeasures.node());
        stage.setScene(new javafx.scene.Scene(both, 1200, 900));
        stage.show();
        segmentFive.refresh();
        specialMeasures.refresh();
    }

    @Test
    void everyWordOnTheOverviewIsTheRegimesOwn(FxRobot robot) throws Exception {
        ViewTesting.settle(segmentFive.loadingProperty());
        ViewTesting.settle(specialMeasures.loadingProperty());
        String five = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> text(segmentFive.node())).get();
        String sm = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> text(specialMeasures.node())).get();

        assertFalse(five.toLowerCase(Locale.UK).contains("special measures"), five);
        assertTrue(five.contains("NHS Oversight Framework 2025/26, segment 5"), five);
        assertTrue(five.contains("Entered 01/10/2025"), five);
        assertTrue(five.contains("in segment 5 (Provider Improvement Programme)"), five);
        assertTrue(five.contains("Entry rule (NHS Oversight Framework 2025/26)"), five);
        assertTrue(five.contains("S6 Safe and effective staffing: 1 finding"), "the coverage card, on the framework in force at entry: " + five);
        // the same reading of a special-measures plan does find the words, so the check above can fail
        assertTrue(sm.toLowerCase(Locale.UK).contains("special measures"), sm);
    }

    /** Every word a person or a screen reader meets: labels, text, tooltips and accessible text. */
    static String text(Node root) {
        StringBuilder out = new StringBuilder();
        collect(root, out);
        return out.toString();
    }

    private static void collect(Node n, StringBuilder out) {
        if (n instanceof Labeled l && l.getText() != null) out.append(l.getText()).append('\n');
        if (n instanceof Labeled l && l.getTooltip() != null) out.append(l.getTooltip().getText()).append('\n');
        if (n instanceof Text t && t.getText() != null) out.append(t.getText()).append('\n');
        if (n.getAccessibleText() != null) out.append(n.getAccessibleText()).append('\n');
        Object tip = n.getProperties().get("javafx.scene.control.Tooltip");
        if (tip instanceof Tooltip t) out.append(t.getText()).append('\n');
        if (n instanceof Parent p) p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
    }
}
