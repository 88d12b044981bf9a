package org.waymark.ui;

import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.waymark.domain.regulation.Framework;
import org.waymark.domain.regulation.FrameworkItem;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Chooses one item of a framework from a list that narrows as you type (by code, name or key question), never from
 * free text, so a tag is always an item the framework has. Each line reads "S6  Safe and effective staffing (Safe)".
 */
public final class TagPicker {

    private final TextField search = new TextField();
    private final ListView<FrameworkItem> list = new ListView<>();
    private final FilteredList<FrameworkItem> shown = new FilteredList<>(FXCollections.observableArrayList());
    private final VBox node;
    private Framework framework;

    public TagPicker(String id) {
        search.setId(id + "-search");
        list.setId(id + "-list");
        // Named before any framework is offered too: a screen reader may reach them first.
        search.setAccessibleText("Search the CQC framework's items");
        list.setAccessibleText("CQC framework items to choose from");
        list.setItems(shown);
        list.setPrefHeight(5 * 26 + 4);
        list.setCellFactory(v -> new ListCell<>() {
            @Override protected void updateItem(FrameworkItem i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : line(i));
            }
        });
        search.textProperty().addListener((o, a, text) -> {
            String[] words = text == null ? new String[0] : text.toLowerCase(Locale.UK).strip().split("\\s+");
            shown.setPredicate(i -> Arrays.stream(words).allMatch(w -> line(i).toLowerCase(Locale.UK).contains(w)));
            if (!shown.isEmpty()) list.getSelectionModel().selectFirst();
        });
        // Down from the search box goes into the list, so the keyboard alone can pick.
        search.setOnKeyPressed(e -> { if (e.getCode() == javafx.scene.input.KeyCode.DOWN) { list.requestFocus(); e.consume(); } });
        node = new VBox(4, search, list);
        node.getProperties().put(TagPicker.class, this);
    }

    public VBox node() { return node; }

    public ListView<FrameworkItem> list() { return list; }

    public TextField search() { return search; }

    /**
     * Offers the items of {@code f} but those already given ({@code taken} codes), so nothing offered is refused;
     * the search and the names say which kind of item they are.
     */
    public void offer(Framework f, java.util.Set<String> taken) {
        List<FrameworkItem> items = f.items().stream().filter(i -> !taken.contains(i.code())).toList();
        if (!items.equals(shown.getSource())) ((javafx.collections.ObservableList<FrameworkItem>) shown.getSource()).setAll(items);
        if (f.equals(framework)) return;
        framework = f;
        String kind = f.itemWord(2);
        search.setPromptText("Search " + kind + " by code or name");
        search.setAccessibleText("Search the " + kind + " of " + f.name());
        list.setAccessibleText("The " + kind + " of " + f.name() + " to choose from");
        list.setPlaceholder(new Label("No " + kind + " match the search."));
        search.clear();
    }

    public FrameworkItem chosen() { return list.getSelectionModel().getSelectedItem(); }

    public void clear() {
        search.clear();
        list.getSelectionModel().clearSelection();
    }

    static String line(FrameworkItem i) { return i.code() + "  " + i.name() + " (" + i.keyQuestion().label() + ")"; }

    /** A dialog that returns the item chosen, for replacing a tag; OK waits for a choice. */
    public static Dialog<FrameworkItem> dialog(Framework f, String title, String header, List<String> exclude) {
        TagPicker p = new TagPicker("replace-tag");
        p.offer(f, java.util.Set.copyOf(exclude));
        Dialog<FrameworkItem> d = new Dialog<>();
        d.setTitle(title);
        d.setHeaderText(header);
        Label hint = new Label("Type part of a code or name, then choose one " + f.itemWord(1) + ".");
        hint.setWrapText(true);
        VBox content = new VBox(8, hint, p.node());
        content.setPrefWidth(520);
        d.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ok).disableProperty().bind(p.list.getSelectionModel().selectedItemProperty().isNull());
        d.setResultConverter(b -> b == ok ? p.chosen() : null);
        javafx.application.Platform.runLater(p.search::requestFocus);
        return d;
    }

    /** For tests: the dialog's picker, to type into and choose from. */
    public static TagPicker of(Dialog<?> d) {
        return (TagPicker) ((VBox) d.getDialogPane().getContent()).getChildren().get(1).getProperties().get(TagPicker.class);
    }
}
