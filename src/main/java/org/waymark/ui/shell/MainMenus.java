package org.waymark.ui.shell;

import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.waymark.ui.widgets.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.waymark.ui.Views;
import org.waymark.app.PlanAddress;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The main window's menu bar and toolbar, and the Help menu's texts; every item calls the window or its file and settings flows. */
final class MainMenus {

    private final MainWindow w;

    MainMenus(MainWindow window) { this.w = window; }

    MenuBar menuBar() {
        Menu file = new Menu("_File");
        MenuItem newPlan = item("_New…", "menu-new", MaterialDesignF.FILE_PLUS_OUTLINE, shortcut(KeyCode.N), w.files::newPlan);
        MenuItem open = item("_Open…", "menu-open", MaterialDesignF.FOLDER_OPEN_OUTLINE, shortcut(KeyCode.O), () -> w.files.chooseAndOpen(false));
        MenuItem openRo = item("Open _read-only…", "menu-open-read-only", MaterialDesignL.LOCK_OUTLINE,
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> w.files.chooseAndOpen(true));
        w.recent.setId("menu-recent");
        MenuItem connect = item("Connect to a _shared plan…", "menu-connect", MaterialDesignD.DATABASE_OUTLINE, null, w.files::connect);
        MenuItem publish = item("_Publish to a shared plan…", "menu-publish", MaterialDesignD.DATABASE_EXPORT_OUTLINE, null, w.files::publish);
        MenuItem copy = item("Save a _copy…", "menu-save-copy", MaterialDesignC.CONTENT_SAVE_ALL_OUTLINE,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), w.files::saveCopy);
        MenuItem importItem = item("_Import…", "menu-import", MaterialDesignF.FILE_IMPORT_OUTLINE, shortcut(KeyCode.I), w::openImport);
        MenuItem export = item("_Export…", "menu-export", MaterialDesignF.FILE_EXPORT_OUTLINE, shortcut(KeyCode.E), w::openExport);
        MenuItem pack = item("_Board pack…", "menu-board-pack", MaterialDesignF.FILE_DOCUMENT_OUTLINE, shortcut(KeyCode.P), w::openBoardPack);
        MenuItem backup = item("Back _up now", "menu-backup", MaterialDesignC.CLOUD_UPLOAD_OUTLINE, null, w.files::backup);
        MenuItem restore = item("_Restore from backup…", "menu-restore", MaterialDesignR.RESTORE, null, w.files::restore);
        MenuItem quit = item("_Quit", "menu-quit", MaterialDesignP.POWER, shortcut(KeyCode.Q), w.stage::close);
        for (MenuItem m : List.of(copy, export, pack)) m.disableProperty().bind(w.noPlan);
        importItem.disableProperty().bind(w.noPlan.or(w.readOnly));
        backup.disableProperty().bind(w.noPlan.or(w.sharedPlan));
        publish.disableProperty().bind(w.noPlan.or(w.sharedPlan));
        restore.disableProperty().bind(w.readOnly.or(w.sharedPlan));
        file.getItems().addAll(newPlan, open, openRo, connect, w.recent, new SeparatorMenuItem(), copy, publish, new SeparatorMenuItem(), importItem, export, pack,
                new SeparatorMenuItem(), backup, restore, new SeparatorMenuItem(), quit);

        Menu edit = new Menu("_Edit");
        MenuItem undo = item("Undo", "menu-undo", MaterialDesignU.UNDO, shortcut(KeyCode.Z), w.commands::undo);
        undo.textProperty().bind(w.commands.undoText());
        undo.disableProperty().bind(w.commands.canUndo().not().or(w.readOnly));
        MenuItem redo = item("Redo", "menu-redo", MaterialDesignR.REDO, shortcut(KeyCode.Y), w.commands::redo);
        redo.textProperty().bind(w.commands.redoText());
        redo.disableProperty().bind(w.commands.canRedo().not().or(w.readOnly));
        MenuItem find = item("_Find in register", "menu-find", MaterialDesignM.MAGNIFY, shortcut(KeyCode.F), w::find);
        find.disableProperty().bind(w.noPlan);
        MenuItem prefs = item("_Preferences…", "menu-preferences", MaterialDesignC.COG_OUTLINE, shortcut(KeyCode.COMMA), w.settings::showPreferences);
        MenuItem settings = item("Plan _settings…", "menu-plan-settings", MaterialDesignT.TUNE_VARIANT, null, () -> w.settings.showPlanSettings(null, null));
        settings.disableProperty().bind(w.noPlan.or(w.readOnly));
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), find, new SeparatorMenuItem(), settings, prefs);

        Menu view = new Menu("_View");
        int n = 1;
        for (Views.Entry e : Views.all()) {
            MenuItem m = item(e.title(), "menu-view-" + e.id(), e.icon(), n <= 9 ? new KeyCodeCombination(KeyCode.valueOf("DIGIT" + n), KeyCombination.SHORTCUT_DOWN) : null,
                    () -> w.showView(e.id()));
            m.disableProperty().bind(w.noPlan);
            view.getItems().add(m);
            n++;
        }
        view.getItems().addAll(new SeparatorMenuItem(), themeMenu(), new SeparatorMenuItem(),
                item("Zoom _in", "menu-zoom-in", MaterialDesignM.MAGNIFY_PLUS_OUTLINE,
                        new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY), w.settings::zoomIn),
                item("Zoom _out", "menu-zoom-out", MaterialDesignM.MAGNIFY_MINUS_OUTLINE, shortcut(KeyCode.MINUS), w.settings::zoomOut),
                item("_Reset zoom", "menu-zoom-reset", MaterialDesignM.MAGNIFY, shortcut(KeyCode.DIGIT0), w.settings::zoomReset));

        Menu help = new Menu("_Help");
        help.getItems().addAll(item("_Keyboard shortcuts", "menu-shortcuts", MaterialDesignK.KEYBOARD_OUTLINE, new KeyCodeCombination(KeyCode.F1), this::showShortcuts),
                item("_About Waymark", "menu-about", MaterialDesignI.INFORMATION_OUTLINE, null, this::showAbout));
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        fillRecent(w);
        return bar;
    }

    /** View › Theme: light, dark or high contrast, one of them ticked. */
    private Menu themeMenu() {
        Menu theme = new Menu("_Theme");
        ToggleGroup themes = new ToggleGroup();
        for (String name : Theme.ALL) {
            RadioMenuItem m = new RadioMenuItem(Theme.label(name));
            m.setId("menu-theme-" + name);
            m.setToggleGroup(themes);
            m.setSelected(name.equals(w.preferences.get().theme()) || (!Theme.ALL.contains(w.preferences.get().theme()) && name.equals(Theme.LIGHT)));
            m.setOnAction(e -> w.settings.setTheme(name));
            theme.getItems().add(m);
        }
        // Preferences can change the theme too: keep the tick in step.
        w.preferences.addListener((o, a, p) -> themes.getToggles().forEach(t ->
                t.setSelected(((RadioMenuItem) t).getId().equals("menu-theme-" + p.theme()))));
        return theme;
    }

    ToolBar toolBar() {
        Button open = tool("Open", "tool-open", MaterialDesignF.FOLDER_OPEN_OUTLINE, "Open a plan (Ctrl+O)", () -> w.files.chooseAndOpen(false));
        Button copy = tool("Save a copy", "tool-save-copy", MaterialDesignC.CONTENT_SAVE_ALL_OUTLINE, "Save a copy of the plan (Ctrl+Shift+S)", w.files::saveCopy);
        copy.disableProperty().bind(w.noPlan);
        Button undo = tool("Undo", "tool-undo", MaterialDesignU.UNDO, "Undo (Ctrl+Z)", w.commands::undo);
        undo.disableProperty().bind(w.commands.canUndo().not().or(w.readOnly));
        undo.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() -> new Tooltip(w.commands.undoText().get() + " (Ctrl+Z)"), w.commands.undoText()));
        Button redo = tool("Redo", "tool-redo", MaterialDesignR.REDO, "Redo (Ctrl+Y)", w.commands::redo);
        redo.disableProperty().bind(w.commands.canRedo().not().or(w.readOnly));
        Button find = tool("Find", "tool-find", MaterialDesignM.MAGNIFY, "Find in the register (Ctrl+F)", w::find);
        find.disableProperty().bind(w.noPlan);
        Button pack = tool("Board pack", "tool-board-pack", MaterialDesignF.FILE_DOCUMENT_OUTLINE, "Prepare the board pack (Ctrl+P)", w::openBoardPack);
        pack.disableProperty().bind(w.noPlan);
        Button export = tool("Export", "tool-export", MaterialDesignF.FILE_EXPORT_OUTLINE, "Export the plan (Ctrl+E)", w::openExport);
        export.disableProperty().bind(w.noPlan);
        Label ro = new Label("", Icons.of(MaterialDesignL.LOCK_OUTLINE));
        ro.textProperty().bind(javafx.beans.binding.Bindings.when(w.paused).then("Paused: changes wait for the server").otherwise("Read-only: changes cannot be saved"));
        ro.getStyleClass().add("read-only-badge");
        ro.setId("read-only-badge");
        ro.visibleProperty().bind(w.readOnly);
        ro.managedProperty().bind(w.readOnly);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ToolBar bar = new ToolBar(open, copy, vsep(), undo, redo, vsep(), find, vsep(), pack, export, grow, ro);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private void showShortcuts() {
        w.dialogs.info("Keyboard shortcuts", String.join("\n",
                "Ctrl+N  New plan", "Ctrl+O  Open", "Ctrl+Shift+O  Open read-only", "Ctrl+Shift+S  Save a copy",
                "Ctrl+I / Ctrl+E  Import / Export", "Ctrl+P  Board pack", "Ctrl+Z / Ctrl+Y  Undo / Redo", "Ctrl+F  Find in the register",
                "Ctrl+,  Preferences", "Ctrl+1 … Ctrl+9  Go to a view", "Ctrl+= / Ctrl+− / Ctrl+0  Zoom in / out / reset", "",
                "In the register:  Down from the search box goes to the table; Enter opens the action.",
                "In the action editor:  Ctrl+Shift+U writes a new update; Ctrl+Enter posts it; Esc closes the editor.",
                "Ctrl+Tab moves between the editor's tabs; Tab and Shift+Tab move between fields."));
    }

    private void showAbout() {
        w.dialogs.info("About Waymark", "Waymark " + Optional.ofNullable(MainWindow.class.getPackage().getImplementationVersion()).orElse("(development build)")
                + "\n\nTracks an NHS trust's CQC improvement plan in one local file, with a tamper-evident audit trail."
                + "\nWorks offline. Nothing leaves this computer.");
    }

    /** The File › Recent menu, from the preferences' recent plans: files by name, shared plans as "database on host (shared)". */
    static void fillRecent(MainWindow w) {
        Menu recent = w.recent;
        recent.getItems().clear();
        for (String f : w.preferences.get().recentFiles()) {
            MenuItem m = new MenuItem(PlanAddress.label(f));
            m.setMnemonicParsing(false);
            m.setOnAction(e -> w.open(f, false));
            recent.getItems().add(m);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent plans");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private static KeyCombination shortcut(KeyCode code) { return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN); }

    private static MenuItem item(String text, String id, org.kordamp.ikonli.Ikon icon, KeyCombination key, Runnable run) {
        MenuItem m = new MenuItem(text, icon == null ? null : Icons.of(icon));
        m.setId(id);
        if (key != null) m.setAccelerator(key);
        m.setOnAction(e -> run.run());
        return m;
    }

    private static Button tool(String text, String id, org.kordamp.ikonli.Ikon icon, String tip, Runnable run) {
        Button b = new Button(text, Icons.of(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setContentDisplay(ContentDisplay.LEFT);
        b.getStyleClass().add("flat");
        b.setOnAction(e -> run.run());
        b.setFocusTraversable(true);
        return b;
    }


    private static Separator vsep() { return new Separator(javafx.geometry.Orientation.VERTICAL); }}
