package org.waymark.ui.editor;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.waymark.ui.widgets.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.waymark.app.EvidenceFileService;
import org.waymark.domain.Action;
import org.waymark.domain.EvidenceFile;
import org.waymark.domain.EvidenceItem;
import org.waymark.ui.PlanContext;
import org.waymark.ui.shell.SystemViewer;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Evidence files in the action editor: attach (copy into the plan) or link a file, by button or by dropping it on
 * the evidence list; open one with the system viewer; and see, per item, whether a linked file has changed or gone.
 * Hashing and copying run off the FX thread.
 */
final class EvidenceFilesBar {

    /** What the editor shows for one item's file, worked out off the FX thread. */
    record Shown(EvidenceFile file, EvidenceFileService.State state) {
        String text() {
            return state.label() + " \u00b7 " + EvidenceFile.size(file.size()) + " \u00b7 SHA-256 " + file.sha256().substring(0, 12) + "\u2026";
        }
    }

    private final PlanContext ctx;
    private final ActionEditorModel model;
    private final TableView<EvidenceItem> table;
    private final ObservableMap<Long, Shown> shown = FXCollections.observableHashMap();
    private final Label selectedState = new Label();
    private final VBox root;
    private Consumer<Path> viewer = SystemViewer::open;

    EvidenceFilesBar(PlanContext ctx, ActionEditorModel model, TableView<EvidenceItem> table) {
        this.ctx = ctx;
        this.model = model;
        this.table = table;
        Button attach = button("Attach file…", "attach-evidence-file", MaterialDesignP.PAPERCLIP,
                "Copy a file into the plan as evidence: it travels, backs up and restores with the plan. You can also drop files on the list.");
        attach.setOnAction(e -> ctx.dialogs().chooseAnyFile("Attach a file as evidence").ifPresent(f -> add(List.of(f), false)));
        Button link = button("Link file…", "link-evidence-file", MaterialDesignL.LINK_VARIANT,
                "Record a file where it lies (e.g. a shared drive) with its SHA-256, so a later change or loss is shown.");
        link.setOnAction(e -> ctx.dialogs().chooseAnyFile("Link a file as evidence").ifPresent(f -> add(List.of(f), true)));
        Button open = button("Open", "open-evidence-file", MaterialDesignO.OPEN_IN_NEW, "Open the selected item's file with the system viewer.");
        open.disableProperty().unbind();
        open.setDisable(true);
        open.setOnAction(e -> open(table.getSelectionModel().getSelectedItem()));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            Shown s = item == null ? null : shown.get(item.id());
            open.setDisable(s == null);
            selectedState.setText(s == null ? "" : s.text());
        });
        shown.addListener((javafx.collections.MapChangeListener<Long, Shown>) c -> {
            EvidenceItem item = table.getSelectionModel().getSelectedItem();
            Shown s = item == null ? null : shown.get(item.id());
            open.setDisable(s == null);
            selectedState.setText(s == null ? "" : s.text());
            table.refresh();
        });
        selectedState.setId("evidence-file-state");
        selectedState.setWrapText(true);
        selectedState.getStyleClass().add("text-muted");
        FlowPane buttons = new FlowPane(8, 6, attach, link, open);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(6, buttons, selectedState);
        table.setOnDragOver(this::dragOver);
        table.setOnDragDropped(this::dropped);
        model.evidence.addListener((ListChangeListener<EvidenceItem>) c -> refresh());
    }

    Node node() { return root; }

    /** For tests: what opens a file instead of the system viewer. */
    void setViewer(Consumer<Path> viewer) { this.viewer = viewer; }

    /** A "File" column for the evidence table: stored, linked and unchanged, changed or missing. */
    TableColumn<EvidenceItem, String> column() {
        return EditorParts.column("File", 120, item -> {
            Shown s = shown.get(item.id());
            return s == null ? "" : switch (s.state()) {
                case IN_PLAN -> "\uD83D\uDCCE In the plan";
                case UNCHANGED -> "\u2714 Linked";
                case CHANGED -> "\u26A0 Changed";
                case MISSING -> "\u2716 Missing";
            };
        });
    }

    private void add(List<Path> files, boolean link) {
        Action a = model.action().get();
        if (a == null || ctx.session().readOnly()) return;
        model.errors.remove("reference");
        for (Path f : files) {
            ctx.perform(ctx.edits().addEvidenceFile(a.id(), f, link, model.evidenceKind.get(), model.evidenceDescription.get()), () -> model.evidenceDescription.set(""), e -> model.errors.put("reference", e.getMessage()));
        }
    }

    private void open(EvidenceItem item) {
        if (item == null) return;
        ctx.executor().run("Opening " + item.reference() + "…", () -> {
            Path copy = new EvidenceFileService(ctx.session()).openableCopy(item.id());
            viewer.accept(copy);
            return copy;
        }, p -> model.errors.remove("reference"), e -> model.errors.put("reference", e.getMessage()));
    }

    private void refresh() {
        Action a = model.action().get();
        if (a == null) { shown.clear(); return; }
        List<EvidenceItem> items = List.copyOf(model.evidence);
        ctx.executor().run(null, () -> {
            EvidenceFileService files = new EvidenceFileService(ctx.session());
            Map<Long, EvidenceFile> all = files.files();
            Map<Long, Shown> out = new HashMap<>();
            for (EvidenceItem i : items) {
                EvidenceFile f = all.get(i.id());
                if (f != null) out.put(i.id(), new Shown(f, files.state(f)));
            }
            return out;
        }, out -> {
            if (model.action().get() == null || model.action().get().id() != a.id()) return;
            shown.keySet().retainAll(out.keySet());
            shown.putAll(out);
        }, e -> shown.clear());
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && !ctx.session().readOnly() && model.action().get() != null) e.acceptTransferModes(TransferMode.COPY);
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean ok = e.getDragboard().hasFiles();
        if (ok) add(e.getDragboard().getFiles().stream().map(File::toPath).toList(), false);
        e.setDropCompleted(ok);
        e.consume();
    }

    private Button button(String text, String id, org.kordamp.ikonli.Ikon icon, String tip) {
        Button b = new Button(text, Icons.of(icon));
        b.setId(id);
        b.setMnemonicParsing(false);
        b.setTooltip(new Tooltip(tip));
        if (!id.equals("open-evidence-file")) b.disableProperty().bind(ctx.readOnly().or(model.action().isNull()));
        return b;
    }
}
