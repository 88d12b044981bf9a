package org.waymark.ui.metrics;

import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
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
import org.waymark.domain.MetricPoint;
import org.waymark.ui.RecordingNavigator;
import org.waymark.ui.ViewTesting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.*;

/** Metric charts, headless, on a real demo plan file. */
@ExtendWith(ApplicationExtension.class)
class MetricsViewTest {

    @TempDir static Path dir;
    PlanSession session;
    MetricsView view;

    @Start
    void start(Stage stage) {
        org.waymark.app.Ports.provide(org.waymark.app.ObservationReader.class, org.waymark.io.MetricCsv::new);
        session = TestPlans.demo(dir.resolve(String.valueOf(System.nanoTime())));
        view = new MetricsView(org.waymark.ui.ViewTesting.context(session), new RecordingNavigator());
        ViewTesting.mount(stage, view);
    }

    @Test
    void aDefinitionChangeIsMarkedAndEachEraHasItsOwnTarget(FxRobot robot) throws Exception {
        ViewTesting.settle(view.loadingProperty());
        Metric response = session.plan().metrics().get(0);
        MetricChart catA = robot.lookup("#metric-chart-" + response.id() + "-0").queryAs(MetricChart.class);
        MetricChart arp = robot.lookup("#metric-chart-" + response.id() + "-1").queryAs(MetricChart.class);
        assertFalse(catA.marksDefinitionChange());
        assertTrue(arp.marksDefinitionChange());
        assertEquals(75.0, catA.getData().get(1).getData().get(0).getYValue().doubleValue());
        assertEquals(7.0, arp.getData().get(1).getData().get(0).getYValue().doubleValue());
        assertEquals("%", ((javafx.scene.chart.NumberAxis) catA.getYAxis()).getLabel());
        assertEquals("min", ((javafx.scene.chart.NumberAxis) arp.getYAxis()).getLabel());
        assertEquals(response.observations().size(), catA.actual().getData().size() + arp.actual().getData().size());
    }

    @Test
    void addingAnObservationRedrawsTheChart(FxRobot robot) throws Exception {
        ViewTesting.settle(view.loadingProperty());
        Metric cat2 = session.plan().metrics().get(1);
        String chartId = "#metric-chart-" + cat2.id() + "-0";
        int points = robot.lookup(chartId).queryAs(MetricChart.class).actual().getData().size();
        YearMonth next = cat2.latest().orElseThrow().period().plusMonths(1);

        robot.interact(() -> org.waymark.ui.ViewTesting.scrollIntoView(robot.lookup("#metric-add-" + cat2.id()).query()));
        robot.clickOn("#metric-value-" + cat2.id()).write("19.4");
        robot.clickOn("#metric-add-" + cat2.id());
        ViewTesting.settle(view.loadingProperty());

        MetricChart redrawn = robot.lookup(chartId).queryAs(MetricChart.class);
        assertEquals(points + 1, redrawn.actual().getData().size());
        XYChart.Data<Number, Number> last = redrawn.actual().getData().get(points);
        assertEquals(MetricChart.index(next), last.getXValue().longValue());
        assertEquals(19.4, last.getYValue().doubleValue(), 1e-9);
        assertEquals(new MetricPoint(next, 19.4), session.plan().metrics().get(1).latest().orElseThrow());
    }

    @Test
    void aBadCsvIsRefusedWholeWithItsLineNamed(FxRobot robot) throws Exception {
        ViewTesting.settle(view.loadingProperty());
        Metric cat2 = session.plan().metrics().get(1);
        Path csv = Files.writeString(dir.resolve("bad-" + System.nanoTime() + ".csv"), "period,value\n2031-01,19\n2031-02,n/a\n");
        Label feedback = robot.lookup("#metric-feedback-" + cat2.id()).queryAs(Label.class);
        robot.interact(() -> view.importCsv(cat2, csv.toFile(), feedback));
        ViewTesting.settle(view.loadingProperty());
        assertEquals("Line 3: \"n/a\" is not a number.", feedback.getText());
        assertEquals(cat2.observations(), session.plan().metrics().get(1).observations());
    }
}
