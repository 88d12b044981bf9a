package org.waymark.ui;

import org.waymark.app.PlanSession;
import org.waymark.ui.command.CommandStack;
import org.waymark.ui.shell.BackgroundExecutor;
import org.waymark.ui.shell.FxDialogService;
import org.waymark.ui.shell.Theme;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Mounting one view in a window and waiting for its off-thread work, for the views' TestFX tests. */
public final class ViewTesting {

    /** The one executor of the views under test, as the window has one. */
    public static final BackgroundExecutor EXECUTOR = new BackgroundExecutor(ViewTesting::unexpected);
    private static volatile Throwable failure;

    private ViewTesting() {}

    /** What a view of an open plan gets from the window: the session, commands, the executor and real dialogs. */
    public static PlanContext context(PlanSession session) {
        return new PlanContext(session, new CommandStack(EXECUTOR, ViewTesting::unexpected), EXECUTOR, new FxDialogService(() -> null), null, null);
    }

    private static void unexpected(Throwable e) { failure = e; }

    public static void mount(Stage stage, PlanView view) {
        // Windows left open by earlier tests in the same run would answer the robot's lookups by id: close them.
        for (javafx.stage.Window w : java.util.List.copyOf(javafx.stage.Window.getWindows())) {
            if (w != stage && w instanceof Stage other) other.close();
        }
        // As the app runs it: the stylesheet's colour variables come from the AtlantaFX theme.
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene((Parent) view.node(), 1260, 780);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        view.refresh();
    }

    /** Waits until the view's background work (and any reload it started) has finished and been shown. */
    public static void settle(ObservableBooleanValue loading) throws Exception {
        for (int i = 0; i < 100; i++) {
            CountDownLatch done = new CountDownLatch(1);
            EXECUTOR.afterPending(done::countDown);
            if (!done.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("Background work did not finish");
            WaitForAsyncUtils.waitForFxEvents();
            if (failure != null) throw new AssertionError("background work failed", failure);
            if (!loading.get()) return;
        }
        throw new IllegalStateException("The view kept loading");
    }

    /** Scrolls the enclosing scroll pane so that a node is on screen before a robot clicks it. */
    public static void scrollIntoView(Node node) {
        Node p = node.getParent();
        while (p != null && !(p instanceof ScrollPane)) p = p.getParent();
        if (!(p instanceof ScrollPane scroll)) return;
        Node content = scroll.getContent();
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double extra = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (extra > 0) scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 40) / extra)));
        scroll.layout();
    }
}
