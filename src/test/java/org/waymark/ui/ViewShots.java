package org.waymark.ui;

import org.waymark.ui.shell.WaymarkApp;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.waymark.app.PlanSession;
import org.waymark.app.demo.DemoPlanGenerator;
import org.waymark.ui.metrics.MetricsView;
import org.waymark.ui.overview.OverviewView;
import org.waymark.ui.snapshots.SnapshotsView;
import org.waymark.ui.timeline.TimelineView;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * Renders each of the overview, timeline, metrics and snapshots views alone in a window, headless, to PNG: on the
 * demo plan and on a 2,000-action synthetic plan, in the light and dark themes. For looking at them, not a test.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.waymark.ui.ViewShots -Dexec.args=target/view-shots</pre>
 * A second argument, e.g. {@code timeline,metrics}, limits it to those view ids.
 */
public final class ViewShots {

    private static final List<BiFunction<PlanContext, Navigator, PlanView>> VIEWS = List.of(
            OverviewView::new, TimelineView::new, MetricsView::new, SnapshotsView::new);

    public static void main(String[] args) throws Exception {
        headless();
        Path out = Path.of(args.length > 0 ? args[0] : "target/view-shots");
        List<String> only = args.length > 1 ? List.of(args[1].split(",")) : List.of();
        Files.createDirectories(out);
        Path plans = Files.createTempDirectory("view-shots");
        Clock clock = Clock.systemDefaultZone();
        PlanSession demo = DemoPlanGenerator.write(plans.resolve("demo.waymark"), null, 1, false, "PMO", clock);
        PlanSession big = DemoPlanGenerator.write(plans.resolve("synthetic-2000.waymark"), 2000, 1, false, "PMO", clock);
        Platform.startup(() -> {});
        Platform.setImplicitExit(false);
        for (String theme : List.of("light", "dark")) {
            onFx(() -> Application.setUserAgentStylesheet("dark".equals(theme)
                    ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet()));
            for (var plan : List.of(new Object[]{"demo", demo}, new Object[]{"2000", big})) {
                for (var factory : VIEWS) shoot(factory, (PlanSession) plan[1], out, plan[0] + "-" + theme, only);
            }
        }
        demo.close();
        big.close();
        Platform.exit();
        System.out.println("Wrote view screenshots to " + out.toAbsolutePath());
    }

    /** The Monocle settings of the surefire configuration, so that this runs without a display. */
    public static void headless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("headless.geometry", "1920x1200-32");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
    }

    private static void shoot(BiFunction<PlanContext, Navigator, PlanView> factory, PlanSession session, Path out, String suffix, List<String> only) throws Exception {
        PlanView[] view = new PlanView[1];
        Stage[] stage = new Stage[1];
        onFx(() -> {
            view[0] = factory.apply(ViewTesting.context(session), new PrintingNavigator());
            Scene scene = new Scene((Parent) view[0].node(), 1400, 900);
            scene.getStylesheets().add(WaymarkApp.class.getResource("waymark.css").toExternalForm());
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
            view[0].refresh();
        });
        if (!only.isEmpty() && !only.contains(view[0].id())) {
            onFx(() -> stage[0].close());
            return;
        }
        CountDownLatch loaded = new CountDownLatch(1);
        ViewTesting.EXECUTOR.afterPending(loaded::countDown);
        loaded.await(120, TimeUnit.SECONDS);
        onFx(() -> {});
        onFx(() -> {
            Scene scene = stage[0].getScene();
            save(scene.snapshot(null), out.resolve(view[0].id() + "-" + suffix + ".png"));
            ScrollPane scroll = (ScrollPane) scene.getRoot().lookup(".scroll-pane");
            if (scroll != null && scroll.getContent() != null && view[0].id().equals("overview")) {
                Node content = scroll.getContent();
                save(content.snapshot(null, null), out.resolve(view[0].id() + "-" + suffix + "-full.png"));
            }
            stage[0].close();
        });
    }

    private static void save(WritableImage image, Path file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try { r.run(); } finally { done.countDown(); }
        });
        if (!done.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("The FX thread did not answer");
    }

    /** Prints where a click would have taken the user. */
    static final class PrintingNavigator implements Navigator {
        @Override public void showRegister(RegisterQuery query) { System.out.println("register " + query); }
        @Override public void openAction(long actionId) { System.out.println("open action " + actionId); }
        @Override public void showView(String viewId) { System.out.println("show " + viewId); }
    }
}
