package org.waymark.ui.people;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.waymark.ui.widgets.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.waymark.app.Refused;
import org.waymark.domain.Brag;
import org.waymark.domain.Committee;
import org.waymark.domain.Person;
import org.waymark.domain.Workload;
import org.waymark.domain.Plan;
import org.waymark.domain.Theme;
import org.waymark.ui.widgets.BragChip;
import org.waymark.ui.widgets.Forms;
import org.waymark.ui.Navigator;
import org.waymark.ui.PlanContext;
import org.waymark.ui.PlanView;
import org.waymark.ui.RegisterQuery;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** People, committees and themes: each owner's load and what of theirs is Red or overdue. */
public final class PeopleView implements PlanView {

    private final PlanContext ctx;
    private final Navigator nav;
    private final TableView<Workload> people = new TableView<>();
    private final TableView<Workload.Item> items = new TableView<>();
    private final Label itemsTitle = new Label("Red or overdue items");
    private final ListView<Committee> committees = new ListView<>();
    private final ListView<Theme> themes = new ListView<>();
    private final BorderPane root = new BorderPane();
    private long builtFor = -1;

    public PeopleView(PlanContext ctx, Navigator nav) {
        this.ctx = ctx;
        this.nav = nav;
        people.setId("people-table");
        people.setAccessibleText("People");
        org.waymark.ui.widgets.TableHeaders.neverTruncate(people);   // inside a split pane, out of the window's reach until shown
        people.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        people.setPlaceholder(new Label("No people yet. Add the owners, verifiers and approvers, with their roles."));
        TableColumn<Workload, String> name = text("Name", 170, l -> l.person().name());
        name.setMinWidth(150); // names are what the list is read by: the role gives way first
        people.getColumns().add(name);
        people.getColumns().add(text("Role", 190, l -> nz(l.person().jobTitle())));
        people.getColumns().add(text("May", 170, l -> PersonDialog.permissions(l.person())));
        TableColumn<Workload, String> directorate = text("Directorate", 122, l -> nz(l.person().directorate()));
        directorate.setMinWidth(120);
        people.getColumns().add(directorate);
        people.getColumns().add(number("Actions", 78, Workload::actions, false));
        people.getColumns().add(number("Red", 56, Workload::red, true));
        people.getColumns().add(number("Overdue", 92, Workload::overdue, true));
        people.getSortOrder().clear();
        people.getSelectionModel().selectedItemProperty().addListener((o, a, l) -> showItems(l));
        people.setOnMouseClicked(e -> { if (e.getClickCount() == 2) editPerson(); });

        items.setId("person-items");
        items.setAccessibleText("The chosen person's actions");
        org.waymark.ui.widgets.TableHeaders.neverTruncate(items);
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        items.setPlaceholder(new Label("Nothing Red or overdue. Choose a person to see theirs."));
        TableColumn<Workload.Item, Brag> brag = new TableColumn<>("BRAG");
        brag.setPrefWidth(60);
        brag.setMaxWidth(70);
        brag.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().brag()));
        brag.setCellFactory(c -> new TableCell<>() {
            @Override protected void updateItem(Brag b, boolean empty) {
                super.updateItem(b, empty);
                setGraphic(empty || b == null ? null : BragChip.of(b));
            }
        });
        items.getColumns().add(brag);
        TableColumn<Workload.Item, String> ref = itemText("Ref", 64, i -> i.action().ref());
        ref.setMaxWidth(80);
        items.getColumns().add(ref);
        items.getColumns().add(itemText("Title", 260, i -> i.action().title()));
        TableColumn<Workload.Item, String> due = itemText("Due", 100, i -> Forms.date(i.action().currentDue()));
        due.setMinWidth(96);
        due.setMaxWidth(110);
        due.setCellFactory(c -> new TableCell<>() {
            @Override protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                getStyleClass().remove("overdue");
                Workload.Item i = empty ? null : getTableRow().getItem();
                if (i != null && i.overdue()) { getStyleClass().add("overdue"); setAccessibleText(s + ", overdue"); }
            }
        });
        items.getColumns().add(due);
        items.setOnMouseClicked(e -> {
            Workload.Item i = items.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && i != null) nav.openAction(i.action().id());
        });
        items.setOnKeyPressed(e -> {
            Workload.Item i = items.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && i != null) nav.openAction(i.action().id());
        });

        Button add = button("Add person", "add-person", MaterialDesignA.ACCOUNT_PLUS_OUTLINE);
        add.setOnAction(e -> addPerson(null, null));
        add.disableProperty().bind(ctx.readOnly());
        Button edit = button("Edit person", "edit-person", MaterialDesignP.PENCIL_OUTLINE);
        edit.setOnAction(e -> editPerson());
        edit.disableProperty().bind(ctx.readOnly().or(people.getSelectionModel().selectedItemProperty().isNull()));
        Button inRegister = button("Show all their actions in the register", "person-in-register", MaterialDesignF.FORMAT_LIST_CHECKS);
        inRegister.disableProperty().bind(people.getSelectionModel().selectedItemProperty().isNull());
        inRegister.setOnAction(e -> {
            Workload l = people.getSelectionModel().getSelectedItem();
            if (l != null) nav.showRegister(new RegisterQuery(null, null, null, null, false, l.person().id(), null, false, null));
        });
        ToolBar bar = new ToolBar(add, edit);
        bar.getStyleClass().add("view-toolbar");

        itemsTitle.getStyleClass().add("section-title");
        org.waymark.ui.widgets.Wrapping.lines(itemsTitle);
        org.waymark.ui.widgets.Wrapping.lines(inRegister);
        VBox right = new VBox(8, itemsTitle, items, inRegister);
        VBox.setVgrow(items, Priority.ALWAYS);
        right.setPadding(new Insets(10, 12, 10, 12));
        VBox left = new VBox(people);
        VBox.setVgrow(people, Priority.ALWAYS);
        SplitPane top = new SplitPane(left, right);
        top.setDividerPositions(0.58);

        VBox committeeBox = namedList("Committees", committees, Committee::name, "add-committee", "rename-committee",
                () -> ctx.dialogs().ask("Add committee", "Committee name:", "").ifPresent(n -> ctx.perform(ctx.edits().addCommittee(n), null, this::refused)),
                () -> {
                    Committee c = committees.getSelectionModel().getSelectedItem();
                    if (c != null) ctx.dialogs().ask("Rename committee", "New name:", c.name()).filter(n -> !n.equals(c.name()))
                            .ifPresent(n -> ctx.perform(ctx.edits().renameCommittee(c, n), null, this::refused));
                });
        VBox themeBox = namedList("Themes", themes, Theme::name, "add-theme", "rename-theme",
                () -> ctx.dialogs().ask("Add theme", "Theme name:", "").ifPresent(n -> ctx.perform(ctx.edits().addTheme(n, ""), null, this::refused)),
                () -> {
                    Theme t = themes.getSelectionModel().getSelectedItem();
                    if (t != null) ctx.dialogs().ask("Rename theme", "New name:", t.name()).filter(n -> !n.equals(t.name()))
                            .ifPresent(n -> ctx.perform(ctx.edits().editTheme(t, new Theme(t.id(), n, t.description())), null, this::refused));
                });
        HBox bottom = new HBox(16, committeeBox, themeBox);
        HBox.setHgrow(committeeBox, Priority.ALWAYS);
        HBox.setHgrow(themeBox, Priority.ALWAYS);
        bottom.setPadding(new Insets(10, 12, 12, 12));
        bottom.setPrefHeight(220);
        bottom.getStyleClass().add("people-bottom");

        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        root.setTop(bar);
        root.setCenter(split);
        root.getStyleClass().add("people-view");
    }

    @Override public String id() { return "people"; }
    @Override public String title() { return "People"; }
    @Override public Node node() { return root; }

    @Override public void refresh() {
        if (builtFor == ctx.session().revision()) return;
        builtFor = ctx.session().revision();
        // Reading the plan may reload it after an edit: do that on the worker, then build here on the FX thread.
        ctx.executor().run(null, () -> ctx.session().plan(), this::show);
    }

    private void show(Plan plan) {
        LocalDate today = ctx.session().today();
        Long selected = people.getSelectionModel().getSelectedItem() == null ? null : people.getSelectionModel().getSelectedItem().person().id();
        List<Workload> loads = Workload.of(plan, today);
        people.getItems().setAll(loads);
        loads.stream().filter(l -> selected != null && l.person().id() == selected).findFirst()
                .ifPresentOrElse(l -> people.getSelectionModel().select(l), () -> { if (!loads.isEmpty()) people.getSelectionModel().select(0); });
        committees.getItems().setAll(plan.committees());
        themes.getItems().setAll(plan.themes());
    }

    private void showItems(Workload l) {
        itemsTitle.setText(l == null ? "Red or overdue items" : "Red or overdue: " + l.person().name() + " (" + l.troubled().size() + ")");
        items.getItems().setAll(l == null ? List.of() : l.troubled());
    }

    private void addPerson(Person draft, String problem) {
        ctx.dialogs().show(personDialog(draft, problem)).ifPresent(p -> ctx.perform(ctx.edits().addPerson(p), null, e -> addPerson(p, message(e))));
    }

    private void editPerson() {
        Workload l = people.getSelectionModel().getSelectedItem();
        if (l == null || ctx.session().readOnly()) return;
        edit(l.person(), l.person(), null);
    }

    private void edit(Person before, Person draft, String problem) {
        ctx.dialogs().show(personDialog(draft, problem)).filter(p -> !p.equals(before))
                .ifPresent(p -> ctx.perform(ctx.edits().editPerson(before, p), null, e -> edit(before, p, message(e))));
    }

    private Dialog<Person> personDialog(Person initial, String problem) { return PersonDialog.of(initial, problem); }

    private void refused(Throwable e) { ctx.dialogs().error("Not saved", message(e)); }

    private static String message(Throwable e) { return e instanceof Refused r ? r.getMessage() : "The change could not be saved: " + e.getMessage(); }

    private <T> VBox namedList(String title, ListView<T> list, Function<T, String> label, String addId, String renameId, Runnable add, Runnable rename) {
        Label head = new Label(title);
        head.getStyleClass().add("section-title");
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override protected void updateItem(T t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : label.apply(t));
            }
        });
        list.setPlaceholder(new Label("None yet."));
        list.setAccessibleText(title);
        list.setId(title.toLowerCase() + "-list");
        Button a = button("Add", addId, MaterialDesignP.PLUS);
        a.setOnAction(e -> add.run());
        a.disableProperty().bind(ctx.readOnly());
        Button r = button("Rename", renameId, MaterialDesignP.PENCIL_OUTLINE);
        r.setOnAction(e -> rename.run());
        r.disableProperty().bind(ctx.readOnly().or(Bindings.isNull(list.getSelectionModel().selectedItemProperty())));
        // Zoomed in, the buttons move under the title rather than cut "Committees" and "Rename" short.
        var header = org.waymark.ui.widgets.Wrapping.row(8, head, a, r);
        VBox box = new VBox(6, header, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    private static Button button(String text, String id, org.kordamp.ikonli.Ikon icon) {
        Button b = new Button(text, Icons.of(icon));
        b.setId(id);
        return b;
    }

    private static TableColumn<Workload, String> text(String name, double w, Function<Workload, String> v) {
        TableColumn<Workload, String> c = new TableColumn<>(name);
        c.setPrefWidth(w);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(v.apply(f.getValue())));
        return c;
    }

    private static TableColumn<Workload.Item, String> itemText(String name, double w, Function<Workload.Item, String> v) {
        TableColumn<Workload.Item, String> c = new TableColumn<>(name);
        c.setPrefWidth(w);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(v.apply(f.getValue())));
        return c;
    }

    private static TableColumn<Workload, Integer> number(String name, double w, Function<Workload, Integer> v, boolean warn) {
        TableColumn<Workload, Integer> c = new TableColumn<>(name);
        c.setPrefWidth(w);
        c.setMinWidth(w);
        c.setMaxWidth(w + 30);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(v.apply(f.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(Integer n, boolean empty) {
                super.updateItem(n, empty);
                getStyleClass().remove("warn-count");
                setText(empty || n == null ? null : String.valueOf(n));
                if (!empty && n != null && warn && n > 0) getStyleClass().add("warn-count");
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
