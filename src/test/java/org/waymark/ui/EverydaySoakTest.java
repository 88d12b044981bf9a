package org.waymark.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.waymark.app.TestPlans;
import org.waymark.cli.CliRunner;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.domain.Person;
import org.waymark.domain.Plan;
import org.waymark.ui.register.RegisterFilter;
import org.waymark.ui.register.RegisterRow;
import org.waymark.ui.register.RegisterRows;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An improvement lead's everyday use, as a seeded random walk through the real window on the demo plan: narrowing
 * the register while a row is selected, sorting, editing through the editor and through commands, undo and redo,
 * moving between views and zooming. After every step the register must show exactly what a plain filter of the plan
 * gives, in its sort order, with a selection inside the list, and nothing may have gone wrong. At the end the
 * command-line {@code check} must find the chain intact and the data proven.
 *
 * <p>In {@code verify} it walks {@value #DEFAULT_STEPS} steps. For the long run a user would give it, set
 * {@code -Dwaymark.soak.minutes=60} (and {@code -Dwaymark.soak.seed=N} to vary the walk); see docs/RELIABILITY.md.
 */
class EverydaySoakTest extends WindowTest {

    static final int DEFAULT_STEPS = 120;
    static final List<String> VIEWS = List.of("overview", "notices", "people", "timeline", "metrics", "snapshots", "board-pack", "rounds");

    final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    final Deque<String> trail = new ArrayDeque<>();
    Random random;
    int refusals;

    @Test
    void anHourOfEverydayUseFindsNoCrashAndTheRegisterNeverLies(FxRobot robot) {
        long seed = Long.getLong("waymark.soak.seed", 20261202L);
        long minutes = Long.getLong("waymark.soak.minutes", 0L);
        long steps = minutes > 0 ? Long.MAX_VALUE : Integer.getInteger("waymark.soak.steps", DEFAULT_STEPS);
        long until = minutes > 0 ? System.nanoTime() + minutes * 60_000_000_000L : Long.MAX_VALUE;
        random = new Random(seed);
        Path file = TestPlans.demoFile(dir);
        h = WindowHarness.open(robot, stage, file, false);
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e)));
        robot.interact(() -> h.window.showView("register"));
        h.idle();

        long done = 0;
        for (; done < steps && System.nanoTime() < until; done++) {
            String step = step(robot);
            trail.addLast(done + ": " + step);
            if (trail.size() > 25) trail.removeFirst();
            h.idle();
            assertSound("seed " + seed + ", after step " + done + " (" + step + ")");
        }
        robot.interact(() -> h.window.context().ifPresent(c -> c.session().close()));
        CliRunner.Result check = CliRunner.run("check", file.toString());
        assertEquals(0, check.exit(), check.out() + check.err());
        assertTrue(check.out().contains("the audit log proves the data"), check.out());
        System.out.printf("Everyday soak: %d steps, %d refused as the app's rules say, seed %d%n", done, refusals, seed);
    }

    /** One thing a user does, chosen at random with everyday weights. Returns what it was, for the failure trail. */
    String step(FxRobot robot) {
        int roll = random.nextInt(100);
        Plan plan = h.session().plan();
        if (roll < 62 && !"register".equals(h.window.currentView().id())) {
            h.menu("menu-view-register"); // the user goes back to the register before narrowing it
        }
        if (roll < 16) return search(robot, plan);
        if (roll < 26) return pick("#filter-brag", random.nextInt(4) == 0 ? null : Brag.values()[random.nextInt(Brag.values().length)]);
        if (roll < 34) return pick("#filter-status", random.nextInt(4) == 0 ? null : ActionStatus.values()[random.nextInt(ActionStatus.values().length)]);
        if (roll < 40) return toggleOverdue(robot);
        if (roll < 44) { robot.interact(() -> ((Button) find("#clear-filters")).fire()); return "clear filters"; }
        if (roll < 50) return sort(robot);
        if (roll < 62) return select(robot);
        if (roll < 70) return postUpdate(robot, plan);
        if (roll < 78) return command(randomAction(plan), plan);
        if (roll < 84) { h.menu("menu-undo"); return "undo"; }
        if (roll < 88) { h.menu("menu-redo"); return "redo"; }
        if (roll < 96) return visit();
        return zoom();
    }

    String search(FxRobot robot, Plan plan) {
        Action a = randomAction(plan);
        String text = switch (random.nextInt(5)) {
            case 0 -> "";
            case 1 -> a.ref();
            case 2 -> a.title().length() > 4 ? a.title().substring(1, 4) : a.title();
            case 3 -> plan.people().isEmpty() ? "lead" : plan.people().get(random.nextInt(plan.people().size())).name().split(" ")[0];
            default -> "no such words";
        };
        TextField search = (TextField) find("#register-search");
        if (random.nextBoolean()) {
            // As typed, a key at a time, so every prefix narrows the list while a row may be selected.
            robot.interact(() -> { search.requestFocus(); search.clear(); });
            robot.write(text);
        } else {
            robot.interact(() -> search.setText(text));
        }
        return "search \"" + text + "\"";
    }

    @SuppressWarnings("unchecked")
    String pick(String combo, Object value) {
        h.robot.interact(() -> ((ComboBox<Object>) find(combo)).setValue(value));
        return combo + " = " + value;
    }

    String toggleOverdue(FxRobot robot) {
        CheckBox overdue = (CheckBox) find("#filter-overdue");
        robot.interact(overdue::fire);
        return "overdue " + overdue.isSelected();
    }

    String sort(FxRobot robot) {
        TableView<RegisterRow> t = table();
        var area = t.localToScene(t.getLayoutBounds());
        // Only headers the user can see: at high zoom some sit beyond the table's horizontal scroll.
        List<Node> headers = robot.from(t).lookup(".column-header").queryAll().stream()
                .filter(n -> n.isVisible() && area.contains(n.localToScene(n.getLayoutBounds()))).collect(Collectors.toList());
        if (headers.isEmpty()) return "sort: no header in view";
        Node header = headers.get(random.nextInt(headers.size()));
        robot.clickOn(header);
        return "sort by clicking " + header.getId();
    }

    String select(FxRobot robot) {
        TableView<RegisterRow> t = table();
        if (t.getItems().isEmpty()) return "select: empty list";
        int i = random.nextInt(t.getItems().size());
        robot.interact(() -> { t.getSelectionModel().clearAndSelect(i); t.scrollTo(i); });
        if (random.nextBoolean()) {
            h.idle();
            robot.interact(() -> t.requestFocus());
            robot.type(random.nextBoolean() ? KeyCode.DOWN : KeyCode.UP);
        }
        return "select row " + i;
    }

    String postUpdate(FxRobot robot, Plan plan) {
        Action a = randomAction(plan);
        robot.interact(() -> h.window.openAction(a.id()));
        h.idle();
        TextArea text = (TextArea) robot.from(h.register().node()).lookup("#field-update-text").query();
        robot.interact(() -> {
            var tabs = (javafx.scene.control.TabPane) robot.from(h.register().node()).lookup("#editor-tabs").query();
            tabs.getTabs().stream().filter(t -> "tab-updates".equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
            text.requestFocus();
            text.setText("Soak update " + random.nextInt(10_000) + " on " + a.ref());
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        return "post an update on " + a.ref() + " with Ctrl+Enter";
    }

    String command(Action a, Plan plan) {
        var ctx = h.window.context().orElseThrow();
        var edits = ctx.edits();
        var today = h.session().today();
        String what;
        org.waymark.ui.command.Command c;
        switch (random.nextInt(3)) {
            case 0 -> {
                ActionStatus s = List.of(ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS, ActionStatus.ON_HOLD).get(random.nextInt(3));
                c = edits.changeStatus(a.id(), s);
                what = "status of " + a.ref() + " to " + s;
            }
            case 1 -> {
                var due = today.plusDays(1 + random.nextInt(200));
                String approver = TestPlans.allowed(h.session(), Person.Permission.APPROVE);
                c = edits.reviseDueDate(a.id(), due, "Soak: capacity", "Weekly review by the matron", approver);
                what = "revise " + a.ref() + " to " + due;
            }
            default -> {
                c = edits.addEvidence(a.id(), "Document", "SOAK-" + random.nextInt(1000), "Minutes of the soak meeting");
                what = "evidence on " + a.ref();
            }
        }
        h.robot.interact(() -> ctx.perform(c, null, e -> refusals++));
        return what;
    }

    String visit() {
        String view = random.nextInt(3) == 0 ? "register" : VIEWS.get(random.nextInt(VIEWS.size()));
        h.menu("menu-view-" + view);
        if (!"register".equals(view) && random.nextBoolean()) h.menu("menu-view-register");
        return "visit " + view;
    }

    String zoom() {
        int percent = 100 + 25 * random.nextInt(5);
        h.robot.interact(() -> h.window.setZoom(percent));
        return "zoom " + percent + "%";
    }

    Action randomAction(Plan plan) { return plan.actions().get(random.nextInt(plan.actions().size())); }

    TableView<RegisterRow> table() {
        @SuppressWarnings("unchecked")
        TableView<RegisterRow> t = (TableView<RegisterRow>) h.robot.from(h.register().node()).lookup("#register-table").query();
        return t;
    }

    List<String> misdrawn() {
        List<String> out = new ArrayList<>();
        h.robot.interact(() -> out.addAll(misdrawnNow(table())));
        return out;
    }

    /** What is drawn: each row on screen shows the item at its index, and no row past the end shows one. */
    static List<String> misdrawnNow(TableView<RegisterRow> t) {
        List<String> drawn = new ArrayList<>();
        for (Node n : t.lookupAll(".table-row-cell")) {
            if (!(n instanceof javafx.scene.control.TableRow<?> row) || !drawnIn(row, t)) continue;
            int i = row.getIndex();
            Object item = row.getItem();
            // Equal, not the same object: a cell keeps its item when the new one is equal (Cell.isItemChanged).
            boolean right = i < 0 || i >= t.getItems().size() ? item == null : java.util.Objects.equals(item, t.getItems().get(i));
            if (!right) drawn.add("row " + i + " draws " + (item instanceof RegisterRow r ? r.ref() : item) + " of " + t.getItems().size()
                    + (i >= 0 && i < t.getItems().size() ? " where the list has " + t.getItems().get(i).ref() : ""));
        }
        return drawn;
    }

    /**
     * Whether the row is on screen in the table: the flow also keeps cells it only measures with (under a hidden
     * parent) and spare cells (hidden), whose index and item need not agree.
     */
    static boolean drawnIn(Node row, Node table) {
        Node n = row;
        while (n != null && n != table) {
            if (!n.isVisible()) return false;
            n = n.getParent();
        }
        return n == table;
    }

    Node find(String id) { return h.robot.from(h.register().node()).lookup(id).query(); }

    /** Nothing went wrong, and the register shows exactly what a plain filter of the plan gives. */
    @SuppressWarnings("unchecked")
    void assertSound(String where) {
        String context = where + "\nlast steps:\n" + String.join("\n", trail);
        assertTrue(uncaught.isEmpty(), () -> "uncaught " + uncaught + " " + context);
        assertTrue(h.failures.isEmpty(), () -> "background failures " + h.failures + " " + context);
        assertTrue(h.dialogs.messages.stream().noneMatch(m -> m.startsWith("Something went wrong")), () -> h.dialogs.messages + " " + context);
        if (!"register".equals(h.window.currentView().id())) return; // a hidden register may refresh when it is shown
        List<Object> state = new ArrayList<>();
        // The screen shows the table after a layout pass. A row may lag its list until the next pulse; only a row
        // that stays wrong after pulses have run is wrong on screen.
        for (int pulse = 0; pulse < 5 && !misdrawn().isEmpty(); pulse++) {
            try { Thread.sleep(50); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
        h.robot.interact(() -> {
            TableView<RegisterRow> t = table();
            state.add(new ArrayList<>(t.getItems()));
            state.add(t.getComparator());
            state.add(t.getSelectionModel().getSelectedIndex());
            state.add(t.getSelectionModel().getSelectedItem());
            List<String> drawn = misdrawnNow(t);
            state.add(drawn);
            state.add(new RegisterFilter(((TextField) find("#register-search")).getText(), ((ComboBox<Brag>) find("#filter-brag")).getValue(),
                    ((ComboBox<ActionStatus>) find("#filter-status")).getValue(), null, null, null, false, null, null,
                    ((CheckBox) find("#filter-overdue")).isSelected(), null));
        });
        List<RegisterRow> shown = (List<RegisterRow>) state.get(0);
        var comparator = (java.util.Comparator<RegisterRow>) state.get(1);
        int selected = (Integer) state.get(2);
        RegisterRow selectedRow = (RegisterRow) state.get(3);
        List<String> misdrawn = (List<String>) state.get(4);
        RegisterFilter filter = (RegisterFilter) state.get(5);
        assertTrue(misdrawn.isEmpty(), () -> "the table draws what is not in its list: " + misdrawn + " " + context);

        Plan plan = h.session().plan();
        Set<String> expected = RegisterRows.of(plan, h.session().today()).stream().filter(filter.predicate(h.session().today()))
                .map(RegisterRow::ref).collect(Collectors.toCollection(TreeSet::new));
        Set<String> actual = shown.stream().map(RegisterRow::ref).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(shown.size(), actual.size(), () -> "a row shown twice " + context);
        assertEquals(expected, actual, () -> "the register and a plain filter of the plan differ " + context);
        if (comparator != null) {
            for (int i = 1; i < shown.size(); i++) {
                int at = i;
                assertTrue(comparator.compare(shown.get(i - 1), shown.get(i)) <= 0, () -> "out of order at " + at + " " + context);
            }
        }
        assertTrue(selected < shown.size(), () -> "selection " + selected + " beyond " + shown.size() + " rows " + context);
        if (selectedRow != null) assertTrue(shown.contains(selectedRow), () -> "the selected row is not in the list " + context);
        // The FX thread answers: no layout loop or stall after the step.
        h.robot.interact(() -> Platform.isFxApplicationThread());
    }
}
