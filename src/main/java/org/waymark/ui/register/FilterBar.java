package org.waymark.ui.register;

import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.waymark.ui.widgets.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.waymark.app.infra.SavedFilter;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.domain.CoreService;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.Person;
import org.waymark.domain.Plan;
import org.waymark.domain.RegulatorySource;
import org.waymark.ui.widgets.BragChip;
import org.waymark.ui.widgets.Forms;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The register's filters. Any change calls back with the whole filter; the view applies it at once. */
final class FilterBar {

    final TextField search = new TextField();
    final ComboBox<Brag> brag = Forms.choice("Any BRAG", Arrays.asList(Brag.values()), b -> BragChip.shape(b) + " " + b.label());
    final ComboBox<ActionStatus> status = Forms.choice("Any status", Arrays.asList(ActionStatus.values()), ActionStatus::label);
    final ComboBox<Person> owner = Forms.choice("Any owner", List.of(), Person::name);
    final ComboBox<KeyQuestion> keyQuestion = Forms.choice("Any key question", Arrays.asList(KeyQuestion.values()), KeyQuestion::label);
    final ComboBox<CoreService> coreService = Forms.choice("Any core service", List.of(), CoreService::name);
    final ComboBox<RegulatorySource> source = Forms.choice("Any source", List.of(), RegulatorySource::reference);
    final ComboBox<org.waymark.domain.Priority> priority = Forms.choice("Must and should",
            Arrays.asList(org.waymark.domain.Priority.values()), org.waymark.domain.Priority::label);
    final CheckBox overdue = new CheckBox("Overdue");
    final ComboBox<Integer> dueWithin = Forms.choice("Any due date", List.of(7, 14, 28, 60, 90), d -> "Due within " + d + " days");
    final Label count = new Label();
    final MenuButton saved = new MenuButton("Saved filters");
    final Button clear = new Button("Clear");
    private final VBox node;
    private boolean applying;
    private boolean trustWideOnly;

    FilterBar(Consumer<RegisterFilter> onChange) {
        search.setId("register-search");
        search.setPromptText("Search ref, title, owner, source…  (Ctrl+F)");
        search.setAccessibleText("Search the register");
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(560);
        search.setPrefColumnCount(28);   // in a wrapping row it takes its preferred width, which follows the zoom
        brag.setId("filter-brag");
        status.setId("filter-status");
        owner.setId("filter-owner");
        keyQuestion.setId("filter-key-question");
        coreService.setId("filter-core-service");
        source.setId("filter-source");
        priority.setId("filter-priority");
        overdue.setId("filter-overdue");
        dueWithin.setId("filter-due-within");
        dueWithin.setEditable(false);
        count.setId("register-count");
        count.getStyleClass().add("register-count");
        saved.setId("saved-filters");
        saved.setGraphic(Icons.of(MaterialDesignB.BOOKMARK_OUTLINE));
        clear.setId("clear-filters");
        clear.setGraphic(Icons.of(MaterialDesignF.FILTER_REMOVE_OUTLINE));
        brag.setAccessibleText("Filter by BRAG");
        status.setAccessibleText("Filter by status");
        owner.setAccessibleText("Filter by owner");
        keyQuestion.setAccessibleText("Filter by key question");
        coreService.setAccessibleText("Filter by core service");
        source.setAccessibleText("Filter by source");
        priority.setAccessibleText("Filter by must or should do");
        dueWithin.setAccessibleText("Filter by due date");
        for (ComboBox<?> c : List.of(brag, status, owner, keyQuestion, coreService, source, priority, dueWithin)) {
            c.setPrefWidth(150);
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        brag.setPrefWidth(124);
        status.setPrefWidth(134);
        owner.setPrefWidth(210);
        keyQuestion.setPrefWidth(182);
        coreService.setPrefWidth(210);
        source.setPrefWidth(140);
        priority.setPrefWidth(172);
        dueWithin.setPrefWidth(176);

        InvalidationListener changed = o -> { if (!applying) { trustWideOnly = false; onChange.accept(current()); } };
        search.textProperty().addListener(changed);
        for (ComboBox<?> c : List.of(brag, status, owner, keyQuestion, coreService, source, priority, dueWithin)) c.valueProperty().addListener(changed);
        overdue.selectedProperty().addListener(changed);
        clear.setOnAction(e -> { set(RegisterFilter.NONE); onChange.accept(current()); });

        javafx.scene.Node filterIcon = Icons.of(MaterialDesignM.MAGNIFY);
        var top = org.waymark.ui.widgets.Wrapping.row(8, filterIcon, search, saved, clear, spacer(), count);
        top.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane bottom = new javafx.scene.layout.FlowPane(8, 8, brag, status, owner, keyQuestion, coreService, source, priority, dueWithin, overdue);
        bottom.setAlignment(Pos.CENTER_LEFT);
        overdue.setMinWidth(Region.USE_PREF_SIZE);
        node = new VBox(8, top, bottom);
        node.getStyleClass().add("filter-bar");
    }

    VBox node() { return node; }

    /** New lists after the plan changed, keeping what was chosen where it still exists. */
    void fill(Plan plan) {
        applying = true;
        try {
            keep(owner, plan.people().stream().sorted(java.util.Comparator.comparing(Person::name)).toList(), Person::id);
            keep(coreService, plan.coreServices(), CoreService::id);
            keep(source, plan.sources(), RegulatorySource::id);
        } finally {
            applying = false;
        }
    }

    private static <T> void keep(ComboBox<T> box, List<T> values, java.util.function.Function<T, Long> id) {
        Long chosen = box.getValue() == null ? null : id.apply(box.getValue());
        box.getItems().setAll(values);
        box.getItems().add(0, null);
        box.setValue(chosen == null ? null : values.stream().filter(v -> id.apply(v).equals(chosen)).findFirst().orElse(null));
    }

    RegisterFilter current() {
        return new RegisterFilter(search.getText(), brag.getValue(), status.getValue(), owner.getValue() == null ? null : owner.getValue().id(),
                keyQuestion.getValue(), coreService.getValue() == null ? null : coreService.getValue().id(), trustWideOnly,
                source.getValue() == null ? null : source.getValue().id(), priority.getValue(), overdue.isSelected(), dueWithin.getValue());
    }

    /** Shows a filter in the controls without firing a change per control. */
    void set(RegisterFilter f) {
        applying = true;
        try {
            search.setText(f.text() == null ? "" : f.text());
            brag.setValue(f.brag());
            status.setValue(f.status());
            owner.setValue(find(owner, f.ownerId(), Person::id));
            keyQuestion.setValue(f.keyQuestion());
            coreService.setValue(find(coreService, f.coreServiceId(), CoreService::id));
            source.setValue(find(source, f.sourceId(), RegulatorySource::id));
            priority.setValue(f.priority());
            overdue.setSelected(f.overdueOnly());
            if (f.dueWithinDays() != null && !dueWithin.getItems().contains(f.dueWithinDays())) dueWithin.getItems().add(f.dueWithinDays());
            dueWithin.setValue(f.dueWithinDays());
            trustWideOnly = f.trustWideOnly();
        } finally {
            applying = false;
        }
    }

    void savedFilters(List<SavedFilter> filters, Consumer<SavedFilter> apply, Runnable saveCurrent, Consumer<SavedFilter> delete) {
        saved.getItems().clear();
        MenuItem save = new MenuItem("Save current filter…");
        save.setOnAction(e -> saveCurrent.run());
        saved.getItems().add(save);
        if (!filters.isEmpty()) saved.getItems().add(new SeparatorMenuItem());
        for (SavedFilter f : filters) {
            MenuItem item = new MenuItem(f.name());
            item.setOnAction(e -> apply.accept(f));
            saved.getItems().add(item);
        }
        if (!filters.isEmpty()) {
            saved.getItems().add(new SeparatorMenuItem());
            for (SavedFilter f : filters) {
                MenuItem del = new MenuItem("Delete “" + f.name() + "”");
                del.setOnAction(e -> delete.accept(f));
                saved.getItems().add(del);
            }
        }
    }

    private static <T> T find(ComboBox<T> box, Long id, java.util.function.Function<T, Long> key) {
        if (id == null) return null;
        return box.getItems().stream().filter(Objects::nonNull).filter(v -> key.apply(v).equals(id)).findFirst().orElse(null);
    }

    private static javafx.scene.layout.Region spacer() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
