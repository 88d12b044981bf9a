package org.waymark.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.waymark.app.Identity;
import org.waymark.app.OpenedPlan;
import org.waymark.app.PlanAddress;
import org.waymark.app.PlanException;
import org.waymark.app.PlanOpener;
import org.waymark.app.PlanSession;
import org.waymark.app.infra.Preferences;
import org.waymark.app.infra.PreferencesStore;
import org.waymark.ui.Navigator;
import org.waymark.ui.PlanContext;
import org.waymark.ui.PlanView;
import org.waymark.ui.RegisterQuery;
import org.waymark.ui.Views;
import org.waymark.ui.command.CommandStack;
import org.waymark.ui.importing.DropToImport;
import org.waymark.ui.importing.ExportAction;
import org.waymark.ui.importing.ImportDialog;
import org.waymark.ui.overview.OverviewView;
import org.waymark.ui.register.RegisterView;
import org.waymark.ui.reliability.AuditBrokenBanner;
import org.waymark.ui.reliability.NoticeBanner;
import org.waymark.ui.widgets.TableHeaders;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The main window: menus, toolbar, the navigation between views, the current view and the status bar. It owns
 * the open plan's {@link PlanContext} and sends the user between views as the {@link Navigator}.
 */
public final class MainWindow implements Navigator {

    final Stage stage;
    private final BackgroundExecutor executor;
    final DialogService dialogs;
    final ObjectProperty<Preferences> preferences;
    private final PreferencesStore preferencesStore;
    final CommandStack commands;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final SideNavigation navigation;
    private final Map<String, PlanView> views = new LinkedHashMap<>();
    final SimpleBooleanProperty noPlan = new SimpleBooleanProperty(true);
    final SimpleBooleanProperty readOnly = new SimpleBooleanProperty(false);
    /** A shared plan's server cannot be reached: read-only for now, not for good, and the toolbar says which. */
    final SimpleBooleanProperty paused = new SimpleBooleanProperty(false);
    /** The open plan lives in a shared database: no backups or restore from here (its server keeps them). */
    final SimpleBooleanProperty sharedPlan = new SimpleBooleanProperty(false);
    final Menu recent = new Menu("Recent");
    private final VBox banners = new VBox();
    private final StatusBar statusBar;
    final PlanFiles files;
    final SettingsFlows settings;
    private final PlanPreview preview;
    private final Clock clock;
    private PlanContext context;
    private PlanView current;
    private final LiveUpdates live;

    public MainWindow(Stage stage, BackgroundExecutor executor, DialogService dialogs, ErrorReporter errors,
                      ObjectProperty<Preferences> preferences, PreferencesStore preferencesStore, Clock clock) {
        this.stage = stage;
        this.executor = executor;
        this.dialogs = dialogs;
        this.preferences = preferences;
        this.preferencesStore = preferencesStore;
        this.commands = new CommandStack(executor, errors::report);
        this.clock = clock;
        this.preview = new PlanPreview(executor, commands, dialogs, this);
        this.statusBar = new StatusBar(executor);
        this.files = new PlanFiles(stage, executor, dialogs, errors, preferences, clock, PlanOpener.forCurrentUser(), new PlanFiles.Host() {
            @Override public Optional<PlanContext> context() { return MainWindow.this.context(); }
            @Override public void showProgress(String message) { MainWindow.this.showProgress(message); }
            @Override public void showMessage(String title, String text) { MainWindow.this.showMessage(title, text); }
            @Override public void showOpened(OpenedPlan opened) { MainWindow.this.showOpened(opened); }
            @Override public void showOpened(OpenedPlan opened, Optional<PlanPreview.Figures> figures) { MainWindow.this.showOpened(opened, figures); }
            @Override public void openFailed(Throwable e) { MainWindow.this.openFailed(e); }
            @Override public void show(PlanSession session) { MainWindow.this.show(session); }
            @Override public void forget() { context = null; }
        });
        this.settings = new SettingsFlows(root, statusBar, executor, dialogs, errors, preferences, preferencesStore, new SettingsFlows.Host() {
            @Override public Optional<PlanContext> context() { return MainWindow.this.context(); }
            @Override public void updateTitle() { MainWindow.this.updateTitle(); }
        });
        this.live = new LiveUpdates(executor, statusBar, banners, new LiveUpdates.Host() {
            @Override public void othersChanged(Map<Long, String> byAction) { MainWindow.this.othersChanged(byAction); }
            @Override public void paused(boolean away) {
                paused.set(away);
                readOnly.set(away || (context != null && context.session().readOnly()));
            }
        });
        this.navigation = new SideNavigation(noPlan, id -> {
            if (context != null && (current == null || !current.id().equals(id))) showView(id);
        });
        commands.revision().addListener((o, a, b) -> planChanged());
        root.getStyleClass().add("main-window");
        UiZoom.set(preferences.get().zoomPercent());
        banners.getStyleClass().add("banners");
        MainMenus menus = new MainMenus(this);
        root.setTop(new VBox(menus.menuBar(), menus.toolBar(), banners));
        root.setLeft(navigation.node());
        root.setCenter(content);
        root.setBottom(statusBar.node());
        content.getStyleClass().add("view-area");
        showMessage("No plan open", "Open a plan with File › Open, or create one with File › New.");
        DropToImport.install(root, () -> context, n -> importFinished());
    }

    public Parent root() { return root; }

    public Optional<PlanContext> context() { return Optional.ofNullable(context); }

    public CommandStack commands() { return commands; }

    public Optional<PlanView> view(String id) { return Optional.ofNullable(views.get(id)); }

    public PlanView currentView() { return current; }

    // ---- opening plans -------------------------------------------------------------------------------------

    /**
     * Opens a plan off the FX thread through the safe open; see {@link PlanFiles#open}. With no plan open yet (the
     * window's start), its overview is shown read-only meanwhile; see {@link PlanPreview}.
     */
    public void open(Path file, boolean readOnlyRequested) {
        files.open(file, readOnlyRequested);
        if (context == null) preview.start(file, Identity.who(preferences.get().userName()), clock, page -> {
            content.getChildren().setAll(page);
            StartupProbe.previewShown(stage);
        });
    }

    /** Opens a plan file's path or a shared plan's address ({@code postgresql://…}). */
    public void open(String location, boolean readOnlyRequested) {
        // a plan file named on the command line (a double-clicked file) gets the start-up preview too
        if (PlanAddress.isShared(location)) files.open(location, readOnlyRequested);
        else open(Path.of(location), readOnlyRequested);
    }

    /** The plan already open stays open and in charge (status bar, views, Undo): only the content is put back. */
    private void openFailed(Throwable e) {
        preview.end();
        if (context != null && current != null) {
            content.getChildren().setAll(current.node());
            if (!(e instanceof PlanException)) dialogs.error("The plan could not be opened", e.getMessage() + "\n\n"
                    + PlanAddress.label(context.session().location()) + " is still open.");
        } else {
            showMessage("The plan could not be opened", e.getMessage() + "\n\nChoose another file with File › Open, or restore a backup.");
        }
    }

    /** Shows a plan opened through the safe open, with a banner for a broken audit chain or a read-only notice. */
    public void showOpened(OpenedPlan opened) { showOpened(opened, Optional.empty()); }

    /** The same; its overview shows {@code figures} at once if the open read them, else any the preview showed, else a spinner. */
    void showOpened(OpenedPlan opened, Optional<PlanPreview.Figures> figures) {
        StartupProbe.mark("opened");
        Optional<PlanPreview.Figures> previewed = preview.end();
        show(opened.session(), figures.or(() -> previewed));
        banners.getChildren().clear();
        AuditBrokenBanner.forPlan(opened).ifPresent(b -> {
            b.setOnRestore(files::restore);
            if (!opened.session().shared()) b.setOnEditAnyway(() -> files.openAcceptingBroken(opened.session().file()));
            banners.getChildren().add(b);
        });
        NoticeBanner.forPlan(opened, files::publish).ifPresent(banners.getChildren()::add);
        StartupProbe.mark("views-built");
        if (current instanceof OverviewView o) StartupProbe.planShown(stage, o.loadingProperty());
        else StartupProbe.planShown(stage);
    }

    /** Shows an open plan; the previous one, if any, is closed. */
    public void show(PlanSession session) { show(session, Optional.empty()); }

    private void show(PlanSession session, Optional<PlanPreview.Figures> figures) {
        PlanContext old = context;
        commands.clear();
        context = new PlanContext(session, commands, executor, dialogs, preferences, preferencesStore);
        readOnly.set(session.readOnly());
        sharedPlan.set(session.shared());
        noPlan.set(false);
        views.clear();
        for (Views.Entry e : Views.all()) views.put(e.id(), e.factory().create(context, this));
        for (PlanView v : views.values()) {
            v.node().getStyleClass().add("plan-view");
            v.node().setId(v.node().getId() == null ? "view-" + v.id() : v.node().getId());
            // Zoomed in, a table scrolls sideways rather than cutting its column headers short.
            TableHeaders.neverTruncateIn(v.node());
        }
        if (old != null && old.session() != session) executor.run("Closing the previous plan…", () -> { old.session().close(); return null; }, r -> { });
        // A shared plan by its address, which never holds a password; a plan file by its path.
        if (!session.readOnly()) settings.save(preferences.get().withRecent(session.shared() ? session.location() : session.file().toAbsolutePath().toString()));
        live.watch(context);
        MainMenus.fillRecent(this);
        updateTitle();
        updateStatus();
        statusBar.checkAudit(context.session());
        // the preview's figures stay on screen, rather than a spinner, until the overview has read them again
        if (views.get("overview") instanceof OverviewView o) figures.ifPresent(f ->
                f.brags().ifPresentOrElse(brags -> o.adopt(f.model(), brags), () -> o.show(f.model())));
        current = null;
        navigation.clear();
        showView(views.containsKey("overview") ? "overview" : "register");
        // The register is where Ctrl+F and every "open the action" link land: build its rows now, in the background,
        // after the overview's figures (the one executor runs them in turn, and the overview is what is on screen).
        if (views.get("register") != null && views.containsKey("overview")) views.get("register").refresh();
        if (!session.readOnly() && !Identity.chosen(preferences.get())) settings.askWhoYouAre(context);
    }

    // ---- Navigator -----------------------------------------------------------------------------------------

    @Override public void showView(String viewId) {
        PlanView v = views.get(viewId);
        if (v == null) return;
        if (current != v) {
            current = v;
            content.getChildren().setAll(v.node());
        }
        navigation.select(viewId);
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

    @Override public void openAction(long actionId, String tab) {
        openAction(actionId);
        if (views.get("register") instanceof RegisterView r) r.editor().selectTab("tab-" + tab);
    }

    // ---- the File menu's actions ---------------------------------------------------------------------------

    /** File › Import: the spreadsheet import dialog. */
    public void openImport() { if (context != null) ImportDialog.open(stage, context, null, n -> importFinished()); }

    /** File › Export: the export dialog. */
    public void openExport() { if (context != null) ExportAction.run(context.session(), executor, dialogs); }

    /** The import is a command on the stack like any edit (one undo step), so the history is kept. */
    void importFinished() {
        if (current != null) current.refresh();
        updateStatus();
    }

    /** File › Board pack: the board-pack view. */
    public void openBoardPack() { showView("board-pack"); }

    // ---- reacting to changes -------------------------------------------------------------------------------

    /** Others changed a shared plan: the open editor warns if its action moved, then every view shows the plan as it is now. */
    private void othersChanged(Map<Long, String> byAction) {
        if (context == null) return;
        if (views.get("register") instanceof RegisterView r) r.othersChanged(byAction);
        statusBar.countAudit(context.session());
        if (current != null) current.refresh();
        updateTitle();
    }

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
                stage.setTitle(name + " — " + PlanAddress.label(s.location()) + " — Waymark" + (s.readOnly() ? "  [READ-ONLY]" : "")));
    }

    private void updateStatus() { statusBar.showPlan(context.session()); }

    // ---- commands ------------------------------------------------------------------------------------------

    void find() {
        if (context == null) return;
        showView("register");
        if (views.get("register") instanceof RegisterView r) r.focusSearchAfterSwap();
    }

    /** View › Zoom: scales the whole window and remembers the size for next time. */
    public void setZoom(int percent) { settings.setZoom(percent); }

    void showProgress(String message) { content.getChildren().setAll(StatePages.progress(message)); }

    void showMessage(String title, String text) { content.getChildren().setAll(StatePages.message(title, text)); }
}
