package org.waymark.ui;

import org.waymark.ui.shell.BackgroundWork;
import org.waymark.ui.shell.WaymarkApp;
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

    private ViewTesting() {}

    public static void mount(Stage stage, PlanView view) {
        // As the app runs it: the stylesheet's colour variables come from the AtlantaFX theme.
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene((Parent) view.node(), 1260, 780);
        scene.getStylesheets().add(WaymarkApp.class.getResource("waymark.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.refresh();
    }

    /** Waits until the view's background work (and any reload it started) has finished and been shown. */
    public static void settle(ObservableBooleanValue loading) throws Exception {
        for (int i = 0; i < 100; i++) {
            CountDownLatch done = new CountDownLatch(1);
            BackgroundWork.afterPending(done::countDown);
            if (!done.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("Background work did not finish");
            WaitForAsyncUtils.waitForFxEvents();
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
