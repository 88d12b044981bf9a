package org.waymark.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.stage.Stage;
import org.waymark.app.OpenedPlan;
import org.waymark.app.PlanAddress;
import org.waymark.app.PlanException;
import org.waymark.app.PlanOpener;
import org.waymark.app.PlanSession;
import org.waymark.app.infra.Preferences;
import org.waymark.ui.PlanContext;
import org.waymark.ui.reliability.PlanOpenFlow;
import org.waymark.ui.reliability.RestoreBackupDialog;
import org.waymark.app.Identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The main window's plan-file flows: new, open (with its ways out when a file cannot be opened), save a copy,
 * back up now and restore from a backup. Every file operation runs on the background executor.
 */
final class PlanFiles {

    /** What the flows need from the window. */
    interface Host {
        Optional<PlanContext> context();
        void showProgress(String message);
        void showMessage(String title, String text);
        void showOpened(OpenedPlan opened);
        /** The same, with its overview's figures read on the opened session ({@link PlanPreview#readOpened}). */
        void showOpened(OpenedPlan opened, Optional<PlanPreview.Figures> figures);
        /** An open failed: the plan already open stays open and in charge, or the window says what went wrong. */
        void openFailed(Throwable e);
        void show(PlanSession session);
        /** The plan was closed under the window (for a restore): forget it before it is opened again. */
        void forget();
    }

    private final Stage stage;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final ObjectProperty<Preferences> preferences;
    private final Clock clock;
    private final PlanOpener opener;
    private final Host host;
    private final PublishFlow publishing;

    PlanFiles(Stage stage, BackgroundExecutor executor, DialogService dialogs, ErrorReporter errors, ObjectProperty<Preferences> preferences,
              Clock clock, PlanOpener opener, Host host) {
        this.stage = stage;
        this.executor = executor;
        this.dialogs = dialogs;
        this.errors = errors;
        this.preferences = preferences;
        this.clock = clock;
        this.opener = opener;
        this.host = host;
        this.publishing = new PublishFlow(executor, dialogs, errors, clock, this::user, address -> open(address, false));
    }

    /**
     * Opens a plan off the FX thread, through the safe open: checks, the lock beside the file (someone else's
     * lock means read-only), a backup. A file that cannot be opened offers the ways out: read-only, a backup,
     * another file.
     */
    void open(Path file, boolean readOnlyRequested) {
        host.showProgress("Opening " + file.getFileName() + "…");
        executor.run("Opening " + file.getFileName() + "…", withFigures(() -> {
            boolean ro = readOnlyRequested || (Files.exists(file) && !Files.isWritable(file));
            return opener.open(file, ro, user(), clock);
        }), o -> host.showOpened(o.plan(), o.figures()), e -> {
            host.openFailed(e);
            errors.log(e);
            StartupProbe.planFailed(e);
            if (e instanceof PlanException problem) {
                new PlanOpenFlow(stage, opener, user(), clock, executor, dialogs, host::showOpened, () -> { }).recover(file, problem);
            }
        });
    }

    /** Opens a plan wherever it lives: a path, or a shared plan's address (from File › Recent or the command line). */
    void open(String location, boolean readOnlyRequested) {
        if (PlanAddress.isShared(location)) openShared(location, readOnlyRequested, null);
        else open(Path.of(location), readOnlyRequested);
    }

    /** File › Connect to a shared plan…: asks for the server and database, then opens it; a failure asks again, keeping what was typed. */
    void connect() { connect(ConnectDialog.Typed.EMPTY, null); }

    private void connect(ConnectDialog.Typed typed, String failure) {
        dialogs.show(new ConnectDialog(typed, failure)).ifPresent(t -> {
            String address;
            try {
                address = PlanAddress.shared(t.user(), t.host(), t.portNumber(), t.database(), t.sslmode());
            } catch (PlanException e) {
                connect(t, e.getMessage());
                return;
            }
            openShared(address, false, t);
        });
    }

    /** File › Publish to a shared plan…, and the network-drive banner's button: see {@link PublishFlow}. */
    void publish() {
        host.context().filter(ctx -> !ctx.session().shared()).ifPresent(ctx -> publishing.publish(ctx.session().file()));
    }

    /**
     * Opens a shared plan off the FX thread. A failure leaves the plan already open in charge and says why: in the
     * Connect dialog again when it was typed there ({@code typed}), else in a message.
     */
    private void openShared(String address, boolean readOnly, ConnectDialog.Typed typed) {
        String label = PlanAddress.label(address);
        host.showProgress("Connecting to " + label + "…");
        executor.run("Connecting to " + label + "…", withFigures(() -> opener.openShared(address, readOnly, user(), clock)),
                o -> host.showOpened(o.plan(), o.figures()), e -> {
            host.openFailed(e);
            errors.log(e);
            StartupProbe.planFailed(e);
            if (typed != null) connect(typed, e.getMessage());
            else dialogs.error("The shared plan could not be opened", e.getMessage()
                    + "\n\nCheck the address with File › Connect to a shared plan…");
        });
    }

    /** A plan just opened and its overview's figures, read in the same work so that the window has both at once. */
    private record Opened(OpenedPlan plan, Optional<PlanPreview.Figures> figures) {}

    private static Callable<Opened> withFigures(Callable<OpenedPlan> open) {
        return () -> {
            OpenedPlan opened = open.call();
            return new Opened(opened, PlanPreview.readOpened(opened.session()));
        };
    }

    /**
     * The window's --accept-broken: a plan whose audit trail is broken opened read-only; after the person confirms,
     * it is opened for editing and that choice is the first thing written to its audit trail.
     */
    void openAcceptingBroken(Path file) {
        if (!dialogs.confirm("Edit a plan whose audit trail is broken?", "Its audit trail does not verify, so changes may have been made outside Waymark. "
                + "Keep an untouched copy as evidence first (File › Save a copy). If you edit it, Waymark records in the audit trail that you chose to, "
                + "with your name and the problem found.")) return;
        host.showProgress("Opening " + file.getFileName() + " for editing…");
        executor.run("Opening " + file.getFileName() + " for editing…",
                () -> opener.open(file, false, user(), clock, "Opened for editing in the window although its audit trail is broken"),
                host::showOpened, e -> {
                    host.openFailed(e);
                    errors.log(e);
                });
    }

    void chooseAndOpen(boolean ro) {
        dialogs.chooseFileToOpen(ro ? "Open a plan read-only" : "Open a plan").ifPresent(f -> open(f, ro));
    }

    void newPlan() {
        dialogs.chooseFileToSave("New plan", "New plan.waymark").ifPresent(file -> dialogs.ask("New plan", "Organisation name:", "")
                .ifPresent(name -> {
                    Path target = file.getFileName().toString().endsWith(".waymark") ? file : file.resolveSibling(file.getFileName() + ".waymark");
                    executor.run("Creating " + target.getFileName() + "…", () -> PlanSession.create(target, name, user(), clock),
                            host::show, e -> dialogs.error("The plan could not be created", e.getMessage()));
                }));
    }

    void saveCopy() {
        host.context().ifPresent(ctx -> {
            PlanSession s = ctx.session();
            String base = PlanAddress.label(s.location()).replaceFirst("\\.waymark$", "").replaceFirst(" on .*", "");
            // A shared plan's copy is an offline copy: marked as taken from it, so it opens read-only.
            dialogs.chooseFileToSave("Save a copy", base + " copy.waymark").ifPresent(target ->
                    executor.run("Saving a copy…", () -> { if (s.shared()) s.offlineCopy(target); else s.saveCopy(target); return target; },
                            t -> dialogs.info("Copy saved", "A copy of the plan was saved as " + t + "."),
                            e -> dialogs.error("The copy was not saved", e.getMessage())));
        });
    }

    /** File › Back up now. */
    void backup() {
        host.context().filter(ctx -> !ctx.session().shared()).ifPresent(ctx -> {
            Path file = ctx.session().file();
            executor.run("Backing up " + file.getFileName() + "…", () -> opener.backups().take(file, "manual"),
                    backup -> dialogs.info("Backup taken", "A copy of the plan was saved as " + backup.getFileName() + " in " + opener.backups().folder() + "."));
        });
    }

    /** File › Restore from backup: the plan is closed for the restore and opened again afterwards. */
    void restore() {
        PlanContext ctx = host.context().orElse(null);
        if (ctx == null || ctx.session().shared()) return;
        PlanSession session = ctx.session();
        Path file = session.file();
        AtomicBoolean closed = new AtomicBoolean();
        RestoreBackupDialog dialog = new RestoreBackupDialog(file, opener.backups(), user(), () -> { closed.set(true); session.close(); }, executor);
        dialog.initOwner(stage);
        if (dialog.showAndWait().isPresent() || closed.get()) {
            host.forget();
            open(file, false);
        }
    }

    /** The audit trail's name for this user: "Jane Smith (jsmith)", or the computer account until they say. */
    private String user() { return Identity.who(preferences.get().userName()); }
}
