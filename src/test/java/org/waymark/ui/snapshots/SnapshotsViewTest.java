package org.waymark.ui.snapshots;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.waymark.app.ActionService;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.SnapshotComparison;
import org.waymark.ui.RecordingNavigator;
import org.waymark.ui.ViewTesting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Board snapshots, headless, on a real demo plan file. */
@ExtendWith(ApplicationExtension.class)
class SnapshotsViewTest {

    @TempDir static Path dir;
    PlanSession session;
    SnapshotsView view;

    @Start
    void start(Stage stage) {
        session = TestPlans.demo(dir.resolve(String.valueOf(System.nanoTime())));
        view = new SnapshotsView(org.waymark.ui.ViewTesting.context(session), new RecordingNavigator());
        ViewTesting.mount(stage, view);
    }

    @Test
    void aSnapshotThenAnEditThenACompareShowsThatActionAsMoved(FxRobot robot) throws Exception {
        ViewTesting.settle(view.loadingProperty());
        int before = session.plan().snapshots().size();
        robot.clickOn("#snapshot-meeting").eraseText(30).write("Quality and Safety Committee");
        LocalDate meetingDay = LocalDate.of(2026, 12, 3);
        robot.interact(() -> {
            DatePicker picker = robot.lookup("#snapshot-date").queryAs(DatePicker.class);
            picker.setValue(meetingDay);
        });
        robot.clickOn("#snapshot-take");
        ViewTesting.settle(view.loadingProperty());
        assertEquals(before + 1, session.plan().snapshots().size());
        assertEquals("Snapshot taken for Quality and Safety Committee on 03/12/2026.", robot.lookup("#snapshot-feedback").queryAs(Label.class).getText());
        assertTrue(session.plan().boardMeetings().stream().anyMatch(m -> m.name().equals("Quality and Safety Committee") && m.meetingDate().equals(meetingDay)));
        assertEquals(before + 1, robot.lookup("#snapshot-list").queryAs(TableView.class).getItems().size());
        assertEquals(List.of(), view.changes(), "nothing has moved since the snapshot just taken");

        Action open = session.plan().actions().stream().filter(a -> a.status() == ActionStatus.IN_PROGRESS && a.currentDue() != null
                && !a.overdue(session.today())).findFirst().orElseThrow();
        new ActionService(session).reviseDueDate(open.id(), open.currentDue().plusDays(45), "Supplier delay",
                "Weekly manual check by the duty manager", org.waymark.app.TestPlans.allowed(session, org.waymark.domain.Person.Permission.APPROVE), null);
        robot.interact(view::refresh);
        ViewTesting.settle(view.loadingProperty());

        List<SnapshotComparison.Change> moved = view.changes();
        assertEquals(List.of(open.ref()), moved.stream().map(SnapshotComparison.Change::ref).toList(), "only the edited action moved");
        assertTrue(moved.get(0).kinds().contains(SnapshotComparison.Kind.SLIPPED));
        assertEquals(45, moved.get(0).dueShiftDays());
        assertEquals(Set.of(open.id()), Set.of(moved.get(0).actionId()));
        TableView<?> table = robot.lookup("#snapshot-changes").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        assertTrue(robot.lookup("#compare-summary").queryAs(Label.class).getText().startsWith("1 action changed"));
        assertTrue(ChangeTable.what(moved.get(0)).contains("slipped 45 days"));
    }

    @Test
    void aSnapshotWithoutAMeetingNameIsRefusedWithAMessage(FxRobot robot) throws Exception {
        ViewTesting.settle(view.loadingProperty());
        int before = session.plan().snapshots().size();
        robot.clickOn("#snapshot-meeting").eraseText(30);
        robot.clickOn("#snapshot-take");
        ViewTesting.settle(view.loadingProperty());
        assertEquals("Name the meeting the snapshot is for.", robot.lookup("#snapshot-feedback").queryAs(Label.class).getText());
        assertEquals(before, session.plan().snapshots().size());
    }
}
