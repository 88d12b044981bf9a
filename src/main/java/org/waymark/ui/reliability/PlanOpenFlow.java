package org.waymark.ui.reliability;

import javafx.concurrent.Task;
import javafx.stage.Window;
import org.waymark.app.OpenedPlan;
import org.waymark.app.PlanException;
import org.waymark.app.PlanOpener;
import org.waymark.ui.shell.BackgroundExecutor;
import org.waymark.ui.shell.DialogService;
import org.waymark.ui.shell.FileFilter;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Opening a plan from the window, start to finish: the safe open runs off the FX thread; if the file cannot be
 * opened the {@link OpenProblemDialog} offers the ways out (read-only, restore a backup, another file) and this
 * carries them through, until a plan is open or the person gives up. {@code onOpened} gets the plan on the FX
 * thread; show {@link AuditBrokenBanner#forPlan} and {@link NoticeBanner#forPlan} with it.
 */
public final class PlanOpenFlow {

    private final Window owner;
    private final PlanOpener opener;
    private final String user;
    private final Clock clock;
    private final Consumer<OpenedPlan> onOpened;
    private final Runnable onGaveUp;
    private final BackgroundExecutor executor;
    private Function<Window, Optional<Path>> chooseFile;

    public PlanOpenFlow(Window owner, PlanOpener opener, String user, Clock clock, BackgroundExecutor executor, DialogService dialogs,
                        Consumer<OpenedPlan> onOpened, Runnable onGaveUp) {
        this.executor = executor;
        this.chooseFile = w -> dialogs.chooseFileToOpen("Open a plan", List.of(FileFilter.PLANS));
        this.owner = owner;
        this.opener = opener;
        this.user = user;
        this.clock = clock;
        this.onOpened = onOpened;
        this.onGaveUp = onGaveUp == null ? () -> {} : onGaveUp;
    }

    /** Replaces the file chooser (tests; a recent-files list). */
    public void setChooseFile(Function<Window, Optional<Path>> chooser) { this.chooseFile = chooser; }

    /** Opens {@code file}, for editing unless {@code readOnly}. */
    public void open(Path file, boolean readOnly) {
        run(file, () -> opener.open(file, readOnly, user, clock));
    }

    /** Offers the ways out for a plan that another open already failed on. */
    public void recover(Path file, PlanException problem) {
        offerWaysOut(file, problem);
    }

    private void run(Path file, java.util.function.Supplier<OpenedPlan> how) {
        Task<OpenedPlan> task = new Task<>() {
            @Override protected OpenedPlan call() { return how.get(); }
        };
        task.setOnSucceeded(e -> onOpened.accept(task.getValue()));
        task.setOnFailed(e -> {
            if (task.getException() instanceof PlanException problem) offerWaysOut(file, problem);
            else offerWaysOut(file, new PlanException(PlanException.Kind.IO, "The plan could not be opened: " + task.getException().getMessage(), task.getException()));
        });
        executor.start("Opening " + file.getFileName() + "…", task);
    }

    private void offerWaysOut(Path file, PlanException problem) {
        boolean hasBackups = !opener.backups().list(file).isEmpty();
        OpenProblemDialog dialog = new OpenProblemDialog(file, problem, hasBackups);
        if (owner != null) dialog.initOwner(owner);
        OpenProblemDialog.Choice choice = dialog.showAndWait().orElse(OpenProblemDialog.Choice.CANCEL);
        switch (choice) {
            case OPEN_READ_ONLY -> run(file, () -> problem.kind() == PlanException.Kind.DAMAGED
                    ? opener.openDamagedReadOnly(file, user, clock) : opener.open(file, true, user, clock));
            case RESTORE_BACKUP -> {
                RestoreBackupDialog restore = new RestoreBackupDialog(file, opener.backups(), user, null, executor);
                if (owner != null) restore.initOwner(owner);
                if (restore.showAndWait().isPresent()) open(file, false);
                else offerWaysOut(file, problem);
            }
            case CHOOSE_ANOTHER_FILE -> chooseFile.apply(owner).ifPresentOrElse(other -> open(other, false), onGaveUp);
            case CANCEL -> onGaveUp.run();
        }
    }
}
