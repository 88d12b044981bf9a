package org.waymark.ui.metrics;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.domain.Metric;
import org.waymark.domain.spc.MetricSpc;
import org.waymark.ui.RecordingNavigator;
import org.waymark.ui.ViewTesting;
import org.waymark.ui.spc.XmrChartPane;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The SPC panel of the metrics view, headless, on a real demo plan file. */
@ExtendWith(ApplicationExtension.class)
class SpcPanelViewTest {

    @TempDir static Path dir;
    PlanSession session;
    MetricsView view;

    @Start
    void start(Stage stage) {
        session = TestPlans.demo(dir.resolve(String.valueOf(System.nanoTime())));
        view = new MetricsView(ViewTesting.context(session), new RecordingNavigator());
        ViewTesting.mount(stage, view);
    }

    @Test
    void eachEraHasAnXmrChartWhoseSpecialPointsCarryTheirRule(FxRobot robot) throws Exception {
        ViewTesting.settle(view.loadingProperty());
        Metric response = session.plan().metrics().get(0);
        MetricSpc spc = MetricSpc.of(response);
        XmrChartPane catA = robot.lookup("#spc-chart-" + response.id() + "-0").queryAs(XmrChartPane.class);
        XmrChartPane arp = robot.lookup("#spc-chart-" + response.id() + "-1").queryAs(XmrChartPane.class);
        long tipped = 0;
        for (Pane p : new Pane[]{catA, arp}) {
            for (Node n : p.getChildrenUnmodifiable()) {
                Object tip = n.getProperties().get("javafx.scene.control.Tooltip");
                if (tip instanceof Tooltip t && t.getText().contains("Special cause")) tipped++;
            }
        }
        assertEquals(spc.result().specialCauses().size(), tipped, "every special-cause point has its rule as a tooltip");
        assertEquals(spc.result().specialCauses().size(), catA.specialPoints() + arp.specialPoints());

        Pane icons = robot.lookup("#spc-icons-" + response.id()).queryAs(Pane.class);
        assertEquals(spc.result().variation().label() + ". " + spc.result().assurance().label() + ".", icons.getAccessibleText());
        VBox list = robot.lookup("#spc-special-" + response.id()).queryAs(VBox.class);
        assertEquals(spc.result().specialCauses().size(), list.getChildren().size());
        assertTrue(((Label) list.getChildren().get(0)).getText().contains("Outside the process limits"));
        String summary = robot.lookup("#spc-summary-" + response.id()).queryAs(Label.class).getText();
        assertTrue(summary.startsWith("Variation: Special cause improvement, low. Assurance: Consistently failing the target."), summary);
    }
}
