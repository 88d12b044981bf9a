package org.waymark.ui.register;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.testfx.api.FxToolkit;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.Priority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The register table's items are built by hand-made change events (for speed), so this property drives the
 * register's own {@link ShownRows} in a real, shown TableView with random sequences of filter changes, searches,
 * sorts, selections, edits and plan reloads. After every step the items must equal a plain reference (filter the
 * rows, then stable-sort them), every change event replayed onto a copy of the old items must give the new
 * items, no listener may fail, and the table's selection must point at a row that is really there.
 */
class RegisterListPropertyTest {

    private static final String[] WORDS = {"fleet", "ward", "audit", "staff", "risk"};
    private static final String[] SEARCHES = {"", "f", "fleet", "wa", "ri", "a", "zzz"};
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    /** Columns sorted on: Ref, BRAG, Title, Current due, Progress (indices into RegisterTable's columns). */
    private static final int[] SORTABLE = {0, 1, 2, 10, 12};

    /** One shown table for every try: styling a new scene each time would cost more than the property itself. */
    private static TableView<RegisterRow> table;

    @BeforeContainer
    static void startToolkit() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            table = RegisterTable.create();
            stage.setScene(new Scene(table, 900, 400));
            stage.show();
        });
    }

    // Ops applied to the register, in order. Their toString is what a shrunk counterexample prints.
    sealed interface Op permits Filter, Sort, Select, Edit, Reload, AddRow, RemoveRow {}
    record Filter(Brag brag, Priority priority, boolean overdueOnly, String search) implements Op {}
    record Sort(int column, boolean descending) implements Op {}
    record Select(int index) implements Op {}
    record Edit(int row, Brag brag, int progress) implements Op {}
    record Reload() implements Op {}
    record AddRow(int at, Spec spec) implements Op {}
    record RemoveRow(int at) implements Op {}
    record Spec(Brag brag, Priority priority, boolean overdue, int word, int progress, int dueOffset) {}

    @Property(tries = 500, seed = "20261202")
    void itemsMatchTheReferenceAndEveryChangeReplays(@ForAll("specs") List<Spec> start, @ForAll("ops") List<Op> ops) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                new Run(start).apply(ops);
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        try {
            done.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception ex) throw ex;
            throw (Error) e.getCause();
        }
    }

    @Provide
    Arbitrary<List<Spec>> specs() {
        return spec().list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> filter = Combinators.combine(Arbitraries.of(Brag.class).injectNull(0.6), Arbitraries.of(Priority.class).injectNull(0.6),
                Arbitraries.of(true, false), Arbitraries.of(SEARCHES)).as(Filter::new);
        Arbitrary<Op> search = Arbitraries.of(SEARCHES).map(s -> new Filter(null, null, false, s));
        Arbitrary<Op> sort = Combinators.combine(Arbitraries.integers().between(-1, SORTABLE.length - 1), Arbitraries.of(true, false)).as(Sort::new);
        Arbitrary<Op> select = Arbitraries.integers().between(-1, 30).map(Select::new);
        Arbitrary<Op> edit = Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.of(Brag.class),
                Arbitraries.integers().between(0, 100)).as(Edit::new);
        Arbitrary<Op> add = Combinators.combine(Arbitraries.integers().between(0, 30), spec()).as(AddRow::new);
        Arbitrary<Op> remove = Arbitraries.integers().between(0, 30).map(RemoveRow::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, filter), net.jqwik.api.Tuple.of(4, search), net.jqwik.api.Tuple.of(2, sort),
                net.jqwik.api.Tuple.of(5, select), net.jqwik.api.Tuple.of(2, edit), net.jqwik.api.Tuple.of(1, Arbitraries.just(new Reload())),
                net.jqwik.api.Tuple.of(1, add), net.jqwik.api.Tuple.of(1, remove)).list().ofMaxSize(40);
    }

    private static Arbitrary<Spec> spec() {
        return Combinators.combine(Arbitraries.of(Brag.class), Arbitraries.of(Priority.class), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, WORDS.length - 1), Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(-60, 60)).as(Spec::new);
    }

    /** One sequence against one fresh table, on the FX thread. */
    private static final class Run {
        private final ShownRows shown;
        private final List<RegisterRow> mirror = new ArrayList<>();
        private final List<Throwable> failures = new ArrayList<>();
        private List<Spec> specs;
        /** Each spec's action id, stable across revisions as in a real plan. */
        private final List<Long> ids = new ArrayList<>();
        private long nextId = 1;
        private Predicate<RegisterRow> filter = r -> true;
        /** The action the user selected; it stays selected while it is shown, and is forgotten once it is not. */
        private Long selectedId;

        Run(List<Spec> start) {
            table.getSortOrder().clear();
            table.getSelectionModel().clearSelection();
            shown = new ShownRows(table);
            specs = new ArrayList<>(start);
            for (int i = 0; i < specs.size(); i++) ids.add(nextId++);
            table.setSortPolicy(t -> { shown.sortChanged(); shown.show(filter); return true; });
            table.getItems().addListener(this::replay);
            reload();
        }

        void apply(List<Op> ops) {
            Thread fx = Thread.currentThread();
            Thread.UncaughtExceptionHandler before = fx.getUncaughtExceptionHandler();
            // JavaFX hands a listener's exception to this handler instead of throwing it: catch it as a failure.
            fx.setUncaughtExceptionHandler((t, e) -> failures.add(e));
            try {
                check("start");
                for (int i = 0; i < ops.size(); i++) {
                    step(ops.get(i));
                    check("step " + (i + 1) + " " + ops.get(i));
                }
                table.layout();
                check("after layout");
            } finally {
                fx.setUncaughtExceptionHandler(before);
            }
        }

        private void step(Op op) {
            if (op instanceof Filter f) {
                filter = new RegisterFilter(f.search(), f.brag(), null, null, null, null, false, null, f.priority(), f.overdueOnly(), null).predicate(TODAY);
                shown.show(filter);
            } else if (op instanceof Sort s) {
                if (s.column() < 0) table.getSortOrder().clear();
                else {
                    TableColumn<RegisterRow, ?> c = table.getColumns().get(SORTABLE[s.column()]);
                    c.setSortType(s.descending() ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                    table.getSortOrder().setAll(List.of(c));
                }
            } else if (op instanceof Select s) {
                if (s.index() < 0 || table.getItems().isEmpty()) {
                    table.getSelectionModel().clearSelection();
                    selectedId = null;
                } else {
                    table.getSelectionModel().select(s.index() % table.getItems().size());
                    selectedId = table.getItems().get(s.index() % table.getItems().size()).actionId();
                }
            } else if (op instanceof Edit e) {
                if (specs.isEmpty()) return;
                int at = e.row() % specs.size();
                Spec old = specs.get(at);
                specs.set(at, new Spec(e.brag(), old.priority(), old.overdue(), old.word(), e.progress(), old.dueOffset()));
                reload();
            } else if (op instanceof Reload) {
                reload();
            } else if (op instanceof AddRow a) {
                int at = a.at() % (specs.size() + 1);
                specs.add(at, a.spec());
                ids.add(at, nextId++);
                reload();
            } else if (op instanceof RemoveRow r && !specs.isEmpty()) {
                int at = r.at() % specs.size();
                specs.remove(at);
                ids.remove(at);
                reload();
            }
        }

        /** A new plan revision: new row objects, as RegisterView.refresh builds them, then the current filter. */
        private void reload() {
            List<RegisterRow> rows = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) rows.add(row(i, ids.get(i), specs.get(i)));
            shown.load(rows);
            shown.show(filter);
        }

        private void check(String where) {
            if (!failures.isEmpty()) {
                AssertionError e = new AssertionError("A listener failed at " + where + ": " + failures.get(0), failures.get(0));
                throw e;
            }
            List<RegisterRow> expected = reference();
            if (!expected.equals(table.getItems())) throw new AssertionError(where + ": items " + refs(table.getItems()) + " but expected " + refs(expected));
            if (!mirror.equals(table.getItems())) throw new AssertionError(where + ": replayed changes give " + refs(mirror) + " but items are " + refs(table.getItems()));
            int index = table.getSelectionModel().getSelectedIndex();
            RegisterRow selected = table.getSelectionModel().getSelectedItem();
            if (index >= table.getItems().size()) throw new AssertionError(where + ": selected index " + index + " past the end");
            if (index >= 0 && table.getItems().get(index) != selected) throw new AssertionError(where + ": selected item is not the row at the selected index");
            if (index < 0 && selected != null) throw new AssertionError(where + ": an item is selected with no index");
            if (selectedId != null && table.getItems().stream().noneMatch(r -> r.actionId() == selectedId)) selectedId = null;
            Long actual = selected == null ? null : selected.actionId();
            if (!java.util.Objects.equals(selectedId, actual)) throw new AssertionError(where + ": selected action " + actual + " but expected " + selectedId);
        }

        private List<RegisterRow> reference() {
            List<RegisterRow> out = new ArrayList<>();
            for (RegisterRow r : shown.rows()) if (filter.test(r)) out.add(r);
            if (!table.getSortOrder().isEmpty()) out.sort(columnOrder(table.getSortOrder().get(0)));
            return out;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Comparator<RegisterRow> columnOrder(TableColumn<RegisterRow, ?> c) {
            Comparator cmp = c.getComparator();
            Comparator<RegisterRow> byCell = (a, b) -> cmp.compare(c.getCellData(a), c.getCellData(b));
            return c.getSortType() == TableColumn.SortType.DESCENDING ? byCell.reversed() : byCell;
        }

        /** Applies each sub-change, as JavaFX documents them, to a copy of the old items. */
        private void replay(ListChangeListener.Change<? extends RegisterRow> c) {
            while (c.next()) {
                if (c.wasPermutated()) {
                    RegisterRow[] moved = new RegisterRow[c.getTo() - c.getFrom()];
                    for (int i = c.getFrom(); i < c.getTo(); i++) moved[c.getPermutation(i) - c.getFrom()] = mirror.get(i);
                    for (int i = 0; i < moved.length; i++) mirror.set(c.getFrom() + i, moved[i]);
                } else if (c.wasUpdated()) {
                    throw new AssertionError("unexpected update change");
                } else {
                    List<RegisterRow> was = mirror.subList(c.getFrom(), Math.min(mirror.size(), c.getFrom() + c.getRemovedSize()));
                    if (!was.equals(c.getRemoved())) throw new AssertionError("removed " + refs(c.getRemoved()) + " at " + c.getFrom() + " but the list had " + refs(was));
                    was.clear();
                    if (c.getTo() - c.getFrom() != c.getAddedSize()) throw new AssertionError("from/to disagree with the added size");
                    mirror.addAll(c.getFrom(), c.getAddedSubList());
                }
            }
        }

        private static RegisterRow row(int order, long id, Spec s) {
            String title = WORDS[s.word()] + " " + id;
            String ref = "A" + id;
            LocalDate due = TODAY.plusDays(s.dueOffset());
            return new RegisterRow(id, ref, title, "S1", 1L, s.priority(), KeyQuestion.SAFE, "Core", 1L, "Exec", 1L, "Op", 2L,
                    due, due, ActionStatus.IN_PROGRESS, s.progress(), s.brag(), "reason", false, s.overdue(),
                    (ref + " " + title).toLowerCase(java.util.Locale.ROOT), order);
        }

        private static String refs(List<? extends RegisterRow> rows) {
            return Arrays.toString(rows.stream().map(RegisterRow::ref).toArray());
        }
    }
}
