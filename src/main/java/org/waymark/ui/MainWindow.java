package org.waymark.ui;

import org.waymark.app.OpenedPlan;
import org.waymark.app.EvidenceFileService;
import org.waymark.app.Identity;
import org.waymark.app.PlanException;
import org.waymark.app.PlanOpener;
import org.waymark.ui.importing.DropToImport;
import org.waymark.ui.importing.ExportAction;
import org.waymark.ui.importing.ImportDialog;
import org.waymark.ui.reliability.AuditBrokenBanner;
import org.waymark.ui.reliability.NoticeBanner;
import org.waymark.ui.reliability.PlanOpenFlow;
import org.waymark.ui.reliability.RestoreBackupDialog;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
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
import org.waymark.app.PlanSession;
import org.waymark.app.Preferences;
import org.waymark.app.PreferencesStore;
import org.waymark.domain.BragKey;
import org.waymark.domain.Organisation;
import org.waymark.ui.command.CommandStack;
import org.waymark.ui.people.WhoAreYouDialog;
import org.waymark.ui.register.RegisterView;
import org.waymark.ui.shell.BackgroundExecutor;
import org.waymark.ui.shell.DialogService;
import org.waymark.ui.shell.ErrorReporter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The main window: menus, toolbar, the navigation between views, the current view and the status bar. It owns
 * the open plan's {@link PlanContext} and sends the user between views as the {@link Navigator}.
 */
public final class MainWindow implements Navigator {

    private final Stage stage;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final ObjectProperty<Preferences> preferences;
    private final PreferencesStore preferencesStore;
    private final Clock clock;
    private final CommandStack commands;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ListView<Views.Entry> navigation = new ListView<>();
    private final Map<String, PlanView> views = new LinkedHashMap<>();
    private final SimpleBooleanProperty noPlan = new SimpleBooleanProperty(true);
    private final SimpleBooleanProperty readOnly = new SimpleBooleanProperty(false);
    private final Menu recent = new Menu("Recent");
    private final VBox banners = new VBox();
    private final StatusBar statusBar;
    private final PlanOpener opener = PlanOpener.forCurrentUser();
    private PlanContext context;
    private PlanView current;

    public MainWindow(Stage stage, BackgroundExecutor executor, DialogService dialogs, ErrorReporter errors,
                      ObjectProperty<Preferences> preferences, PreferencesStore preferencesStore, Clock clock) {
        this.stage = stage;
        this.executor = executor;
        this.dialogs = dialogs;
        this.errors = errors;
        this.preferences = preferences;
        this.preferencesStore = preferencesStore;
        this.clock = clock;
        this.commands = new CommandStack(executor, errors::report);
        this.statusBar = new StatusBar(executor);
        commands.revision().addListener((o, a, b) -> planChanged());
        root.getStyleClass().add("main-window");
        banners.getStyleClass().add("banners");
        root.setTop(new VBox(menuBar(), toolBar(), banners));
        root.setLeft(navigation());
        root.setCenter(content);
        root.setBottom(statusBar.node());
        content.getStyleClass().add("view-area");
        showMessage("No plan open", "Open a plan with File › Open, or create one with File › New.");
        DropToImport.install(root, () -> context == null ? null : context.session(), n -> importFinished());
    }

    public Parent root() { return root; }

    public Optional<PlanContext> context() { return Optional.ofNullable(context); }

    public CommandStack commands() { return commands; }

    public Optional<PlanView> view(String id) { return Optional.ofNullable(views.get(id)); }

    public PlanView currentView() { return current; }

    // ---- opening plans -------------------------------------------------------------------------------------

    /**
     * Opens a plan off the FX thread, through the safe open: checks, the lock beside the file (someone else's
     * lock means read-only), a backup. A file that cannot be opened offers the ways out: read-only, a backup,
     * another file.
     */
    public void open(Path file, boolean readOnlyRequested) {
        showProgress("Opening " + file.getFileName() + "…");
        executor.run("Opening " + file.getFileName() + "…", () -> {
            boolean ro = readOnlyRequested || (Files.exists(file) && !Files.isWritable(file));
            return opener.open(file, ro, who(), clock);
        }, this::showOpened, e -> {
            // The plan already open stays open and in charge (status bar, views, Undo): only the content is put back.
            if (context != null && current != null) content.getChildren().setAll(current.node());
            else showMessage("The plan could not be opened", e.getMessage() + "\n\nChoose another file with File › Open, or restore a backup.");
            if (context != null && !(e instanceof PlanException)) dialogs.error("The plan could not be opened", e.getMessage() + "\n\n"
                    + context.session().file().getFileName() + " is still open.");
            errors.log(e);
            StartupProbe.planFailed(e);
            if (e instanceof PlanException problem) openFlow().recover(file, problem);
        });
    }

    private PlanOpenFlow openFlow() {
        return new PlanOpenFlow(stage, opener, who(), clock, this::showOpened, () -> { });
    }

    /** Shows a plan opened through the safe open, with a banner for a broken audit chain or a read-only notice. */
    public void showOpened(OpenedPlan opened) {
        show(opened.session());
        banners.getChildren().clear();
        AuditBrokenBanner.forPlan(opened).ifPresent(b -> { b.setOnRestore(this::openRestore); banners.getChildren().add(b); });
        NoticeBanner.forPlan(opened).ifPresent(banners.getChildren()::add);
        StartupProbe.planShown(stage);
    }

    /** Shows an open plan; the previous one, if any, is closed. */
    public void show(PlanSession session) {
        PlanContext old = context;
        commands.clear();
        context = new PlanContext(session, commands, executor, dialogs, preferences, preferencesStore);
        readOnly.set(session.readOnly());
        noPlan.set(false);
        views.clear();
        for (Views.Entry e : Views.all()) views.put(e.id(), e.factory().create(context, this));
        for (PlanView v : views.values()) {
            v.node().getStyleClass().add("plan-view");
            v.node().setId(v.node().getId() == null ? "view-" + v.id() : v.node().getId());
        }
        if (old != null && old.session() != session) executor.run("Closing the previous plan…", () -> { old.session().close(); return null; }, r -> { });
        if (!session.readOnly()) savePreferences(preferences.get().withRecent(session.file().toAbsolutePath().toString()));
        fillRecent();
        updateTitle();
        updateStatus();
        statusBar.checkAudit(context.session());
        current = null;
        navigation.getSelectionModel().clearSelection();
        // The register is where Ctrl+F and every "open the action" link land: build its rows now, in the background.
        if (views.get("register") != null && views.containsKey("overview")) views.get("register").refresh();
        showView(views.containsKey("overview") ? "overview" : "register");
        if (!session.readOnly() && !Identity.chosen(preferences.get())) askWhoYouAre(session);
    }

    /** The audit trail's name for this user: "Jane Smith (jsmith)", or the computer account until they say. */
    private String who() { return Identity.who(preferences.get().userName()); }

    /** First use: who is making the changes. Picking or adding yourself is remembered and applies at once. */
    private void askWhoYouAre(PlanSession session) {
        dialogs.show(WhoAreYouDialog.of(session.plan().people())).ifPresent(answer -> {
            savePreferences(preferences.get().withUserName(answer.person().name()));
            session.actAs(who());
            statusBar.showUser(session.user());
            if (answer.isNew()) context.perform(context.edits().addPerson(answer.person()), null,
                    e -> dialogs.error("You were not added to the plan's people", e.getMessage()));
        });
    }

    // ---- Navigator -----------------------------------------------------------------------------------------

    @Override public void showView(String viewId) {
        PlanView v = views.get(viewId);
        if (v == null) return;
        if (current != v) {
            current = v;
            content.getChildren().setAll(v.node());
        }
        Views.all().stream().filter(e -> e.id().equals(viewId)).findFirst().ifPresent(e -> {
            if (navigation.getSelectionModel().getSelectedItem() == null || !navigation.getSelectionModel().getSelectedItem().id().equals(viewId)) {
                navigation.getSelectionModel().select(navigation.getItems().stream().filter(x -> x.id().equals(viewId)).findFirst().orElse(null));
            }
        });
        v.refresh();
    }

    @Override public void showRegister(RegisterQuery query) {
        showView("register");
        if (views.get("register") instanceof RegisterView r) r.show(query);
    }

    @Override public void openAction(long actionId) {
        showView("register");
        if (views.get("register") instanceof RegisterView r) r.openAction(actionId);
    }

    // ---- hooks the lead swaps for the real components, one line each ------------------------------------

    /** File › Import: the spreadsheet import dialog. */
    public void openImport() { if (context != null) ImportDialog.open(stage, context.session(), null, n -> importFinished()); }

    /** File › Export: the export dialog. */
    public void openExport() { if (context != null) ExportAction.run(stage, context.session()); }

    private void importFinished() {
        commands.clear();
        if (current != null) current.refresh();
        updateStatus();
    }

    /** File › Board pack: the board-pack view. */
    public void openBoardPack() { showView("board-pack"); }

    /** File › Back up now. */
    public void openBackup() {
        if (context == null) return;
        Path file = context.session().file();
        executor.run("Backing up " + file.getFileName() + "…", () -> opener.backups().take(file, "manual"),
                backup -> dialogs.info("Backup taken", "A copy of the plan was saved as " + backup.getFileName() + " in " + opener.backups().folder() + "."));
    }

    /** File › Restore from backup: the plan is closed for the restore and opened again afterwards. */
    public void openRestore() {
        if (context == null) return;
        PlanSession session = context.session();
        Path file = session.file();
        AtomicBoolean closed = new AtomicBoolean();
        RestoreBackupDialog dialog = new RestoreBackupDialog(file, opener.backups(), who(), () -> { closed.set(true); session.close(); });
        dialog.initOwner(stage);
        if (dialog.showAndWait().isPresent() || closed.get()) {
            context = null;
            open(file, false);
        }
    }

    // ---- menus and toolbar ---------------------------------------------------------------------------------

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        MenuItem newPlan = item("_New…", "menu-new", MaterialDesignF.FILE_PLUS_OUTLINE, shortcut(KeyCode.N), this::newPlan);
        MenuItem open = item("_Open…", "menu-open", MaterialDesignF.FOLDER_OPEN_OUTLINE, shortcut(KeyCode.O), () -> chooseAndOpen(false));
        MenuItem openRo = item("Open _read-only…", "menu-open-read-only", MaterialDesignL.LOCK_OUTLINE,
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> chooseAndOpen(true));
        recent.setId("menu-recent");
        MenuItem copy = item("Save a _copy…", "menu-save-copy", MaterialDesignC.CONTENT_SAVE_ALL_OUTLINE,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::saveCopy);
        MenuItem importItem = item("_Import…", "menu-import", MaterialDesignF.FILE_IMPORT_OUTLINE, shortcut(KeyCode.I), this::openImport);
        MenuItem export = item("_Export…", "menu-export", MaterialDesignF.FILE_EXPORT_OUTLINE, shortcut(KeyCode.E), this::openExport);
        MenuItem pack = item("_Board pack…", "menu-board-pack", MaterialDesignF.FILE_DOCUMENT_OUTLINE, shortcut(KeyCode.P), this::openBoardPack);
        MenuItem backup = item("Back _up now", "menu-backup", MaterialDesignC.CLOUD_UPLOAD_OUTLINE, null, this::openBackup);
        MenuItem restore = item("_Restore from backup…", "menu-restore", MaterialDesignR.RESTORE, null, this::openRestore);
        MenuItem quit = item("_Quit", "menu-quit", MaterialDesignP.POWER, shortcut(KeyCode.Q), stage::close);
        for (MenuItem m : List.of(copy, export, pack, backup)) m.disableProperty().bind(noPlan);
        importItem.disableProperty().bind(noPlan.or(readOnly));
        restore.disableProperty().bind(readOnly);
        file.getItems().addAll(newPlan, open, openRo, recent, new SeparatorMenuItem(), copy, new SeparatorMenuItem(), importItem, export, pack,
                new SeparatorMenuItem(), backup, restore, new SeparatorMenuItem(), quit);

        Menu edit = new Menu("_Edit");
        MenuItem undo = item("Undo", "menu-undo", MaterialDesignU.UNDO, shortcut(KeyCode.Z), commands::undo);
        undo.textProperty().bind(commands.undoText());
        undo.disableProperty().bind(commands.canUndo().not().or(readOnly));
        MenuItem redo = item("Redo", "menu-redo", MaterialDesignR.REDO, shortcut(KeyCode.Y), commands::redo);
        redo.textProperty().bind(commands.redoText());
        redo.disableProperty().bind(commands.canRedo().not().or(readOnly));
        MenuItem find = item("_Find in register", "menu-find", MaterialDesignM.MAGNIFY, shortcut(KeyCode.F), this::find);
        find.disableProperty().bind(noPlan);
        MenuItem prefs = item("_Preferences…", "menu-preferences", MaterialDesignC.COG_OUTLINE, shortcut(KeyCode.COMMA), this::showPreferences);
        MenuItem settings = item("Plan _settings…", "menu-plan-settings", MaterialDesignT.TUNE_VARIANT, null, () -> showPlanSettings(null, null));
        settings.disableProperty().bind(noPlan.or(readOnly));
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), find, new SeparatorMenuItem(), settings, prefs);

        Menu view = new Menu("_View");
        int n = 1;
        for (Views.Entry e : Views.all()) {
            MenuItem m = item(e.title(), "menu-view-" + e.id(), e.icon(), n <= 9 ? new KeyCodeCombination(KeyCode.valueOf("DIGIT" + n), KeyCombination.SHORTCUT_DOWN) : null,
                    () -> showView(e.id()));
            m.disableProperty().bind(noPlan);
            view.getItems().add(m);
            n++;
        }
        Menu theme = new Menu("_Theme");
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light");
        RadioMenuItem dark = new RadioMenuItem("Dark");
        light.setId("menu-theme-light");
        dark.setId("menu-theme-dark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (("dark".equals(preferences.get().theme())) ? dark : light).setSelected(true);
        light.setOnAction(e -> setTheme("light"));
        dark.setOnAction(e -> setTheme("dark"));
        theme.getItems().addAll(light, dark);
        view.getItems().addAll(new SeparatorMenuItem(), theme);

        Menu help = new Menu("_Help");
        help.getItems().addAll(item("_Keyboard shortcuts", "menu-shortcuts", MaterialDesignK.KEYBOARD_OUTLINE, new KeyCodeCombination(KeyCode.F1), this::showShortcuts),
                item("_About Waymark", "menu-about", MaterialDesignI.INFORMATION_OUTLINE, null, this::showAbout));
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        fillRecent();
        return bar;
    }

    private ToolBar toolBar() {
        Button open = tool("Open", "tool-open", MaterialDesignF.FOLDER_OPEN_OUTLINE, "Open a plan (Ctrl+O)", () -> chooseAndOpen(false));
        Button copy = tool("Save a copy", "tool-save-copy", MaterialDesignC.CONTENT_SAVE_ALL_OUTLINE, "Save a copy of the plan (Ctrl+Shift+S)", this::saveCopy);
        copy.disableProperty().bind(noPlan);
        Button undo = tool("Undo", "tool-undo", MaterialDesignU.UNDO, "Undo (Ctrl+Z)", commands::undo);
        undo.disableProperty().bind(commands.canUndo().not().or(readOnly));
        undo.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() -> new Tooltip(commands.undoText().get() + " (Ctrl+Z)"), commands.undoText()));
        Button redo = tool("Redo", "tool-redo", MaterialDesignR.REDO, "Redo (Ctrl+Y)", commands::redo);
        redo.disableProperty().bind(commands.canRedo().not().or(readOnly));
        Button find = tool("Find", "tool-find", MaterialDesignM.MAGNIFY, "Find in the register (Ctrl+F)", this::find);
        find.disableProperty().bind(noPlan);
        Button pack = tool("Board pack", "tool-board-pack", MaterialDesignF.FILE_DOCUMENT_OUTLINE, "Prepare the board pack (Ctrl+P)", this::openBoardPack);
        pack.disableProperty().bind(noPlan);
        Button export = tool("Export", "tool-export", MaterialDesignF.FILE_EXPORT_OUTLINE, "Export the plan (Ctrl+E)", this::openExport);
        export.disableProperty().bind(noPlan);
        Label ro = new Label("Read-only: changes cannot be saved", new FontIcon(MaterialDesignL.LOCK_OUTLINE));
        ro.getStyleClass().add("read-only-badge");
        ro.setId("read-only-badge");
        ro.visibleProperty().bind(readOnly);
        ro.managedProperty().bind(readOnly);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ToolBar bar = new ToolBar(open, copy, vsep(), undo, redo, vsep(), find, vsep(), pack, export, grow, ro);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private Node navigation() {
        navigation.setId("navigation");
        navigation.setAccessibleText("Views");
        navigation.getItems().setAll(Views.all());
        navigation.setCellFactory(v -> new ListCell<>() {
            @Override protected void updateItem(Views.Entry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) { setText(null); setGraphic(null); setId(null); return; }
                setText(e.title());
                FontIcon icon = new FontIcon(e.icon());
                icon.getStyleClass().add("nav-icon");
                setGraphic(icon);
                setId("nav-" + e.id());
                setAccessibleText(e.title());
            }
        });
        navigation.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null && context != null && (current == null || !current.id().equals(e.id()))) showView(e.id());
        });
        navigation.disableProperty().bind(noPlan);
        navigation.setPrefWidth(210);
        navigation.setMinWidth(180);
        Label brand = new Label("Waymark");
        brand.getStyleClass().add("brand");
        brand.setGraphic(new FontIcon(MaterialDesignM.MAP_MARKER_PATH));
        VBox box = new VBox(brand, navigation);
        VBox.setVgrow(navigation, Priority.ALWAYS);
        box.getStyleClass().add("side-nav");
        return box;
    }

    // ---- reacting to changes -------------------------------------------------------------------------------

    private void planChanged() {
        if (context == null) return;
        statusBar.showChanges(commands.revision().get());
        statusBar.countAudit(context.session());
        if (current != null) current.refresh();
        updateTitle();
        updateStatus();
    }

    /** After an edit the plan is reloaded on first use: that read belongs off the FX thread. */
    private void updateTitle() {
        PlanSession s = context.session();
        executor.run(null, () -> s.plan().organisation().name(), name ->
                stage.setTitle(name + " — " + s.file().getFileName() + " — Waymark" + (s.readOnly() ? "  [READ-ONLY]" : "")));
    }

    private void updateStatus() { statusBar.showPlan(context.session()); }

    // ---- commands ------------------------------------------------------------------------------------------

    private void chooseAndOpen(boolean ro) {
        dialogs.chooseFileToOpen(ro ? "Open a plan read-only" : "Open a plan").ifPresent(f -> open(f, ro));
    }

    private void newPlan() {
        dialogs.chooseFileToSave("New plan", "New plan.waymark").ifPresent(file -> dialogs.ask("New plan", "Organisation name:", "")
                .ifPresent(name -> {
                    Path target = file.getFileName().toString().endsWith(".waymark") ? file : file.resolveSibling(file.getFileName() + ".waymark");
                    executor.run("Creating " + target.getFileName() + "…", () -> PlanSession.create(target, name, who(), clock),
                            this::show, e -> dialogs.error("The plan could not be created", e.getMessage()));
                }));
    }

    private void saveCopy() {
        if (context == null) return;
        PlanSession s = context.session();
        String base = s.file().getFileName().toString().replaceFirst("\\.waymark$", "");
        dialogs.chooseFileToSave("Save a copy", base + " copy.waymark").ifPresent(target ->
                executor.run("Saving a copy…", () -> { s.saveCopy(target); return target; },
                        t -> dialogs.info("Copy saved", "A copy of the plan was saved as " + t + "."),
                        e -> dialogs.error("The copy was not saved", e.getMessage())));
    }

    private void find() {
        if (context == null) return;
        showView("register");
        if (!(views.get("register") instanceof RegisterView r)) return;
        r.focusSearch();
        // The view swap's focus clean-up runs in the next pulse and can hand focus to the toolbar: ask again after it.
        javafx.scene.Scene scene = root.getScene();
        if (scene == null) return;
        Runnable[] once = new Runnable[1];
        boolean[] done = {false};
        once[0] = () -> {
            if (done[0]) return;
            done[0] = true;
            javafx.application.Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
            r.refocusSearchIfLost();
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    private void setTheme(String theme) {
        WaymarkApp.applyTheme(theme);
        root.getStyleClass().removeAll("theme-light", "theme-dark");
        root.getStyleClass().add("theme-" + theme);
        savePreferences(preferences.get().withTheme(theme));
    }

    private void showPreferences() {
        new PreferencesDialog(preferences.get()).show(dialogs).ifPresent(p -> {
            boolean themeChanged = !p.theme().equals(preferences.get().theme());
            savePreferences(p);
            if (themeChanged) setTheme(p.theme());
            if (context != null && !context.session().readOnly()) {
                context.session().actAs(who());
                statusBar.showUser(context.session().user());
            }
        });
    }

    /** Plan settings; if the plan refuses them, the dialog comes back with what was typed and the reason. */
    private void showPlanSettings(PlanSettingsDialog.Settings draft, String problem) {
        if (context == null) return;
        var plan = context.session().plan();
        Organisation org = draft == null ? plan.organisation() : draft.organisation();
        BragKey key = draft == null ? plan.bragKey() : draft.bragKey();
        int limit = draft == null ? new EvidenceFileService(context.session()).limitMb() : draft.evidenceLimitMb();
        dialogs.show(PlanSettingsDialog.create(org, key, limit, problem)).ifPresent(s -> {
            java.util.function.Consumer<Throwable> refused = e -> showPlanSettings(s, e.getMessage());
            if (!s.organisation().equals(plan.organisation())) {
                context.perform(context.edits().editOrganisation(plan.organisation(), s.organisation()), this::updateTitle, refused);
            }
            if (!s.bragKey().equals(plan.bragKey())) context.perform(context.edits().editBragKey(plan.bragKey(), s.bragKey()), null, refused);
            if (s.evidenceLimitMb() != limit) context.perform(context.edits().editEvidenceLimit(limit, s.evidenceLimitMb()), null, refused);
        });
    }

    private void showShortcuts() {
        dialogs.info("Keyboard shortcuts", String.join("\n",
                "Ctrl+N  New plan", "Ctrl+O  Open", "Ctrl+Shift+O  Open read-only", "Ctrl+Shift+S  Save a copy",
                "Ctrl+I / Ctrl+E  Import / Export", "Ctrl+P  Board pack", "Ctrl+Z / Ctrl+Y  Undo / Redo", "Ctrl+F  Find in the register",
                "Ctrl+,  Preferences", "Ctrl+1 … Ctrl+8  Go to a view", "",
                "In the register:  Down from the search box goes to the table; Enter opens the action.",
                "In the action editor:  Ctrl+Shift+U writes a new update; Ctrl+Enter posts it; Esc closes the editor.",
                "Ctrl+Tab moves between the editor's tabs; Tab and Shift+Tab move between fields."));
    }

    private void showAbout() {
        dialogs.info("About Waymark", "Waymark " + Optional.ofNullable(MainWindow.class.getPackage().getImplementationVersion()).orElse("(development build)")
                + "\n\nTracks an NHS trust's CQC improvement plan in one local file, with a tamper-evident audit trail."
                + "\nWorks offline. Nothing leaves this computer.");
    }

    private void savePreferences(Preferences p) {
        preferences.set(p);
        if (preferencesStore != null) executor.run(null, () -> { preferencesStore.save(p); return null; }, r -> { }, errors::log);
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (String f : preferences.get().recentFiles()) {
            MenuItem m = new MenuItem(Path.of(f).getFileName().toString());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> open(Path.of(f), false));
            recent.getItems().add(m);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent plans");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    // ---- small builders -----------------------------------------------------------------------------------

    void showProgress(String message) {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(320);
        Label text = new Label(message);
        VBox box = new VBox(12, text, bar);
        box.setAlignment(Pos.CENTER);
        content.getChildren().setAll(box);
    }

    void showMessage(String title, String text) {
        Label head = new Label(title);
        head.getStyleClass().add("title-3");
        Label detail = new Label(text);
        detail.setWrapText(true);
        detail.setMaxWidth(560);
        detail.getStyleClass().add("empty-state");
        VBox box = new VBox(10, new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE), head, detail);
        box.getChildren().get(0).getStyleClass().add("empty-state-icon");
        box.setAlignment(Pos.CENTER);
        content.getChildren().setAll(box);
    }

    private static KeyCombination shortcut(KeyCode code) { return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN); }

    private static MenuItem item(String text, String id, org.kordamp.ikonli.Ikon icon, KeyCombination key, Runnable run) {
        MenuItem m = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        m.setId(id);
        if (key != null) m.setAccelerator(key);
        m.setOnAction(e -> run.run());
        return m;
    }

    private static Button tool(String text, String id, org.kordamp.ikonli.Ikon icon, String tip, Runnable run) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setContentDisplay(ContentDisplay.LEFT);
        b.getStyleClass().add("flat");
        b.setOnAction(e -> run.run());
        b.setFocusTraversable(true);
        return b;
    }


    private static Separator vsep() { return new Separator(javafx.geometry.Orientation.VERTICAL); }



}
