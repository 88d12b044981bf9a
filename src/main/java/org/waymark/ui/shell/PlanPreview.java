package org.waymark.ui.shell;

import javafx.scene.Node;
import org.waymark.app.PlanOpener;
import org.waymark.app.PlanSession;
import org.waymark.domain.BragCache;
import org.waymark.ui.Navigator;
import org.waymark.ui.PlanContext;
import org.waymark.ui.command.CommandStack;
import org.waymark.ui.overview.OverviewModel;
import org.waymark.ui.overview.OverviewView;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The plan's overview, read-only, while the safe open checks the plan, backs it up and opens it for editing: the
 * checks replay the whole audit log, which is most of the wait for the first figures. The overview is read on a
 * read-only connection of its own beside the worker ({@link BackgroundExecutor#alongside}) and shown only while the
 * open is still under way. Nothing in it can edit: its session is read-only (so is its context, which every editing
 * control binds to), and the window has no plan yet, so the menus and the navigation stay off. When the open ends,
 * either way, the preview is dropped: the plan opened for use, or the failure's message and ways out, take its place
 * exactly as without it.
 * <p>
 * The open itself reads the overview too, on the session it opened and after its checks ({@link #readOpened}). Those
 * figures are the opened plan's own, so the overview shows them without reading them again: the plan is ready for
 * use in the frame that first shows it, with no second read and no second page.
 */
final class PlanPreview {

    /** A read-only session on the plan and its overview read through it. */
    private record Look(PlanSession session, OverviewModel model) {}

    /**
     * Figures the overview can show as soon as the plan is open: read on the opened session itself, after its checks,
     * with each action's BRAG kept in {@code brags}; or, with no {@code brags}, the preview's, read beside the checks on
     * a connection of its own, which the overview reads again.
     */
    record Figures(OverviewModel model, Optional<BragCache> brags) {}

    private final BackgroundExecutor executor;
    private final CommandStack commands;
    private final DialogService dialogs;
    private final Navigator nav;
    private boolean live;
    private Look shown;

    PlanPreview(BackgroundExecutor executor, CommandStack commands, DialogService dialogs, Navigator nav) {
        this.executor = executor;
        this.commands = commands;
        this.dialogs = dialogs;
        this.nav = nav;
    }

    /** Reads the overview of {@code file} and hands its page to {@code show}, unless {@link #end} came first. Call on the FX thread. */
    void start(Path file, String user, Clock clock, Consumer<Node> show) {
        live = true;
        executor.alongside(() -> read(file, user, clock), look -> {
            if (!live) {
                close(look);
                return;
            }
            shown = look;
            OverviewView page = new OverviewView(new PlanContext(look.session(), commands, executor, dialogs, null, null), nav);
            page.show(look.model());
            show.accept(page.node());
        }, e -> {
            // Nothing to show early: the safe open reads the file again, and says what is wrong with it if anything is.
        });
    }

    /** Opens the plan read-only and reads its overview; on the look's thread. */
    private static Look read(Path file, String user, Clock clock) {
        PlanSession session = PlanOpener.look(file, user, clock);
        try {
            return new Look(session, OverviewView.read(session));
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /**
     * Reads the overview on a session just opened for the window, on the worker before the window has it: so nothing
     * can have written to it since. Empty if it cannot be read: the overview then reads it and says what is wrong.
     */
    static Optional<Figures> readOpened(PlanSession opened) {
        try {
            BragCache brags = new BragCache();
            return Optional.of(new Figures(OverviewView.read(opened, brags), Optional.of(brags)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The open has ended: the figures that were shown, if any, and the preview's connection is closed. Call on the FX thread. */
    Optional<Figures> end() {
        live = false;
        Look look = shown;
        shown = null;
        if (look == null) return Optional.empty();
        close(look);
        return Optional.of(new Figures(look.model(), Optional.empty()));
    }

    /** A read-only connection holds no lock and has nothing to write back, so closing it here is quick. */
    private static void close(Look look) {
        look.session().close();
    }
}
