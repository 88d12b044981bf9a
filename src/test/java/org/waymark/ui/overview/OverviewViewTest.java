package org.waymark.ui.overview;

import javafx.scene.control.Button;
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
import org.waymark.domain.Action;
import org.waymark.domain.CoreService;
import org.waymark.domain.GridCell;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.Plan;
import org.waymark.domain.ReadinessSummary;
import org.waymark.domain.Requirement;
import org.waymark.ui.RecordingNavigator;
import org.waymark.ui.RegisterQuery;
import org.waymark.ui.ViewTesting;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** The overview, headless, on a real demo plan file. */
@ExtendWith(ApplicationExtension.class)
class OverviewViewTest {

    @TempDir static Path dir;
    PlanSession session;
    OverviewView view;
    final RecordingNavigator nav = new RecordingNavigator();

    @Start
    void start(Stage stage) {
        session = TestPlans.demo(dir.resolve(String.valueOf(System.nanoTime())));
        view = new OverviewView(org.waymark.ui.ViewTesting.context(session), nav);
        ViewTesting.mount(stage, view);
    }

    @Test
    void clickingAHeatMapCellAsksForExactlyThatCellsActions(FxRobot robot) throws Exception {
        ViewTesting.settle(view.loadingProperty());
        Plan plan = session.plan();
        ReadinessSummary summary = session.readiness();
        long euc = plan.coreServices().stream().filter(s -> s.code().equals("EUC")).map(CoreService::id).findFirst().orElseThrow();

        for (GridCell cell : new GridCell[]{new GridCell(KeyQuestion.SAFE, euc), new GridCell(KeyQuestion.WELL_LED, null)}) {
            Button button = robot.lookup("#heat-" + cell.keyQuestion().name().toLowerCase() + "-" + (cell.coreServiceId() == null ? "trust" : cell.coreServiceId()))
                    .queryAs(Button.class);
            robot.interact(() -> ViewTesting.scrollIntoView(button));
            nav.registerQueries.clear();
            robot.clickOn(button);

            RegisterQuery asked = RegisterQuery.cell(cell.keyQuestion(), cell.coreServiceId());
            assertEquals(java.util.List.of(asked), nav.registerQueries);
            Set<Long> matching = plan.actions().stream().filter(a -> matches(asked, plan, a)).map(Action::id).collect(Collectors.toSet());
            Set<Long> inCell = cell.actionsIn(plan).stream().map(Action::id).collect(Collectors.toSet());
            assertFalse(matching.isEmpty(), "the demo cell " + cell + " has actions");
            assertEquals(inCell, matching, "the register query selects exactly the cell's actions");
            assertEquals(summary.grid().get(cell).total(), matching.size());
            String shown = ((Label) ((javafx.scene.layout.VBox) button.getGraphic()).getChildren().get(0)).getText();
            assertTrue(shown.endsWith("  " + matching.size()), "the cell shows its count: " + shown);
            assertTrue(button.getStyleClass().contains("brag-" + summary.grid().get(cell).worst().name().toLowerCase()));
        }
    }

    @Test
    void showsReadinessAndTheLatestDeadline(FxRobot robot) throws Exception {
        ViewTesting.settle(view.loadingProperty());
        ReadinessSummary s = session.readiness();
        assertEquals(s.criteriaMet() + " of " + s.criteria().size(), robot.lookup("#overview-criteria").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#overview-months").queryAs(Label.class).getText().contains(s.monthsInRegime() + " months"));
        assertTrue(robot.lookup("#overview-latest-deadline").queryAs(Label.class).getText().startsWith("Latest deadline "));
    }

    @Test
    void boardSignalsExplainThemselves(FxRobot robot) throws Exception {
        ViewTesting.settle(view.loadingProperty());
        ReadinessSummary s = session.readiness();
        for (var d : s.deadlines()) {
            String left = robot.lookup("#deadline-" + d.requirement().ref()).queryAs(Label.class).getText();
            if (d.met()) {
                assertEquals("Met, deadline " + org.waymark.ui.widgets.ViewFormats.date(d.requirement().deadline()), left);
                assertFalse(robot.lookup("#deadline-" + d.requirement().ref()).queryAs(Label.class).getStyleClass().contains("wm-overdue-text"));
            } else {
                assertFalse(left.startsWith("Met"), left);
            }
        }
        String key = robot.lookup("#overview-heatmap-key").queryAs(Label.class).getText();
        for (var b : org.waymark.domain.Brag.values()) assertTrue(key.contains(b.letter() + " " + b.label()), key);
        for (var i : session.plan().inspections()) {
            var rule = robot.lookup("#rule-" + i.id()).tryQueryAs(Label.class);
            rule.ifPresent(l -> assertTrue(l.getText().contains("exit"), "the entry-rule verdict says what it means for exit: " + l.getText()));
        }
    }

    @Test
    void showsTheCurrentRoundsReturnRate(FxRobot robot) throws Exception {
        ViewTesting.settle(view.loadingProperty());
        assertTrue(robot.lookup("#overview-round").tryQuery().isEmpty(), "no round yet, so no return rate");
        var rounds = new org.waymark.app.rounds.RoundService(session);
        var port = new org.waymark.io.rounds.RoundFilesPort();
        Path out = dir.resolve("forms-" + System.nanoTime());
        var issued = rounds.start(session.today().plusDays(10), java.util.List.of(), r -> port.write(r, out));
        var first = issued.forms().get(0);
        Path filled = org.waymark.io.rounds.RoundsTestForms.narrative(out, first, "Audit done.");
        rounds.apply(rounds.review(java.util.List.of(port.read(filled))));
        robot.interact(view::refresh);
        ViewTesting.settle(view.loadingProperty());
        int sent = issued.forms().size();
        String expected = "Update round 1: 1 of " + sent + " owners returned (" + Math.round(100f / sent) + " %), return by "
                + org.waymark.ui.widgets.ViewFormats.date(session.today().plusDays(10));
        var link = robot.lookup("#overview-round").queryAs(javafx.scene.control.Hyperlink.class);
        assertEquals(expected, link.getText());
        robot.interact(link::fire);
        assertEquals(java.util.List.of("rounds"), nav.shownViews);
    }

    /** The register's filter for a query, as RegisterQuery documents it: null fields do not filter. */
    static boolean matches(RegisterQuery q, Plan plan, Action a) {
        Requirement r = plan.requirement(a.requirementId()).orElse(null);
        if (q.keyQuestion() != null && (r == null || r.keyQuestion() != q.keyQuestion())) return false;
        if (q.coreServiceId() != null && (r == null || !Objects.equals(r.coreServiceId(), q.coreServiceId()))) return false;
        if (q.coreServiceId() == null && q.providerLevel() && (r == null || r.coreServiceId() != null)) return false;
        return true;
    }
}
