package org.waymark.ui.timeline;

import javafx.geometry.Point2D;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.Plan;
import org.waymark.ui.RecordingNavigator;
import org.waymark.ui.ViewTesting;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/** The Gantt, headless, on a real demo plan file. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    @TempDir static Path dir;
    PlanSession session;
    TimelineView view;
    final RecordingNavigator nav = new RecordingNavigator();

    @Start
    void start(Stage stage) {
        session = TestPlans.demo(dir.resolve(String.valueOf(System.nanoTime())));
        view = new TimelineView(org.waymark.ui.ViewTesting.context(session), nav);
        ViewTesting.mount(stage, view);
    }

    @Test
    void zoomChangesTheTimeScale(FxRobot robot) throws Exception {
        ViewTesting.settle(view.loadingProperty());
        ScrollBar across = robot.lookup("#timeline-horizontal").queryAs(ScrollBar.class);
        GanttChart chart = robot.lookup("#timeline-chart").queryAs(GanttChart.class);
        assertEquals(Zoom.QUARTER.pixelsPerDay(), view.pixelsPerDay());
        double quarterWidth = chart.contentWidth();
        double quarterRange = across.getMax();

        robot.clickOn("#zoom-month");
        assertEquals(Zoom.MONTH, view.zoom());
        assertEquals(3 * quarterWidth, chart.contentWidth(), 1e-6, "a month zoom draws each day three times as wide");
        assertTrue(across.getMax() > quarterRange, "more to scroll across when zoomed in");
        var plan = session.plan();
        LocalDateCheck.assertDaysApart(chart, plan.actions().get(0).currentDue(), 30, 30 * Zoom.MONTH.pixelsPerDay());

        robot.clickOn("#zoom-year");
        assertEquals(Zoom.YEAR.pixelsPerDay(), view.pixelsPerDay());
        assertEquals(quarterWidth * Zoom.YEAR.pixelsPerDay() / Zoom.QUARTER.pixelsPerDay(), chart.contentWidth(), 1e-6);
    }

    @Test
    void groupingChangesTheRows(FxRobot robot) throws Exception {
        ViewTesting.settle(view.loadingProperty());
        Plan plan = session.plan();
        List<String> byRequirement = groups(view.rows());
        assertEquals(plan.actions().stream().map(a -> plan.requirement(a.requirementId()).orElseThrow().ref()).distinct().count(), byRequirement.size());
        assertTrue(byRequirement.stream().allMatch(g -> g.contains("  ")), "requirement groups read 'ref  text'");

        robot.interact(() -> view.setGrouping(Grouping.OWNER));
        ViewTesting.settle(view.loadingProperty());
        TreeSet<String> owners = new TreeSet<>();
        for (Action a : plan.actions()) owners.add(plan.person(a.executiveLeadId()).map(p -> p.name()).orElse("No executive lead"));
        assertEquals(List.copyOf(owners), groups(view.rows()));
        assertEquals(plan.actions().size(), view.rows().stream().filter(r -> r instanceof TimelineModel.BarRow).count(), "every action once");
        for (int i = 0; i < view.rows().size(); i++) {
            if (view.rows().get(i) instanceof TimelineModel.BarRow bar) {
                Action a = plan.action(bar.actionId()).orElseThrow();
                String owner = plan.person(a.executiveLeadId()).map(p -> p.name()).orElse("No executive lead");
                assertEquals(owner, groupAbove(view.rows(), i), bar.ref());
            }
        }
    }

    @Test
    void clickingABarOpensItsActionAndTheVisibleTimelineExportsToPng(FxRobot robot) throws Exception {
        ViewTesting.settle(view.loadingProperty());
        GanttChart chart = robot.lookup("#timeline-chart").queryAs(GanttChart.class);
        TimelineModel.BarRow bar = (TimelineModel.BarRow) view.rows().get(1);
        robot.interact(() -> view.scrollToDate(bar.barStart()));
        double y = GanttChart.HEADER_HEIGHT + 1.5 * GanttChart.ROW_HEIGHT;
        double x = (chart.xOf(bar.barStart()) + Math.max(chart.xOf(bar.barEnd()), chart.xOf(bar.barStart()) + 6)) / 2;
        Point2D onScreen = chart.localToScreen(x, y);
        robot.clickOn(onScreen);
        assertEquals(List.of(bar.actionId()), nav.openedActions);
        robot.clickOn(chart.localToScreen(GanttChart.LABEL_WIDTH + 1, GanttChart.HEADER_HEIGHT / 2));
        assertEquals(1, nav.openedActions.size(), "the header opens nothing");

        Path png = dir.resolve("timeline-" + System.nanoTime() + ".png");
        robot.interact(() -> view.exportPng(png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals((int) Math.round(chart.getWidth()), image.getWidth());
        assertEquals((int) Math.round(chart.getHeight()), image.getHeight());
    }

    private static List<String> groups(List<TimelineModel.Row> rows) {
        return rows.stream().filter(r -> r instanceof TimelineModel.GroupRow).map(r -> ((TimelineModel.GroupRow) r).label()).toList();
    }

    private static String groupAbove(List<TimelineModel.Row> rows, int i) {
        for (int j = i; j >= 0; j--) if (rows.get(j) instanceof TimelineModel.GroupRow g) return g.label();
        return null;
    }

    /** Distances on the time axis. */
    static final class LocalDateCheck {
        static void assertDaysApart(GanttChart chart, java.time.LocalDate d, int days, double pixels) {
            Objects.requireNonNull(d);
            assertEquals(pixels, chart.xOf(d.plusDays(days)) - chart.xOf(d), 1e-6);
        }
    }
}
