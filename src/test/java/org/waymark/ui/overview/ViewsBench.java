package org.waymark.ui.overview;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.waymark.app.ActionService;
import org.waymark.app.PlanSession;
import org.waymark.app.demo.DemoPlanGenerator;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Plan;
import org.waymark.ui.RecordingNavigator;
import org.waymark.ui.ViewShots;
import org.waymark.ui.shell.WaymarkApp;
import org.waymark.ui.timeline.TimelineView;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Measures, headless, (1) the overview's recompute after one edit on a 20,000-action plan, and (2) the
 * timeline's scroll frame time at 2,000 rows (and at 20,000, to show that virtualisation keeps it flat).
 * Each figure is a median with a baseline measured in the same run.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.waymark.ui.overview.ViewsBench</pre>
 * With the argument {@code timeline} it measures the timeline only.
 */
public final class ViewsBench {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final int EDITS = 15;
    private static final int FRAMES = 120;

    public static void main(String[] args) throws Exception {
        ViewShots.headless();
        Path dir = Files.createTempDirectory("views-bench");
        long t0 = System.nanoTime();
        PlanSession big = DemoPlanGenerator.write(dir.resolve("bench-20000.waymark"), 20_000, 7, false, "bench", CLOCK);
        PlanSession rows2000 = DemoPlanGenerator.write(dir.resolve("bench-2000.waymark"), 2_000, 7, false, "bench", CLOCK);
        System.out.printf("Plans generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        Platform.startup(() -> {});
        Platform.setImplicitExit(false);

        if (args.length == 0 || !args[0].equals("timeline")) overview(big);
        timeline(rows2000, "2,000 actions");
        timeline(big, "20,000 actions");
        big.close();
        rows2000.close();
        Platform.exit();
    }

    private static void overview(PlanSession session) throws Exception {
        List<Action> open = session.plan().actions().stream().filter(a -> a.status() != ActionStatus.COMPLETE).limit(EDITS + 3).toList();
        ActionService actions = new ActionService(session);
        OverviewView view = new OverviewView(org.waymark.ui.ViewTesting.context(session), new RecordingNavigator());
        onFx(() -> { new Scene((Parent) view.node(), 1400, 900); return null; });
        List<Double> reload = new ArrayList<>(), model = new ArrayList<>(), render = new ArrayList<>(), baseline = new ArrayList<>(),
                readinessOnly = new ArrayList<>();
        for (int i = 0; i < EDITS + 3; i++) {
            Action a = open.get(i);
            actions.postUpdate(a.id(), "Benchmark update " + i, Math.min(100, a.progress() + 1));
            long s = System.nanoTime();
            Plan plan = session.plan();
            long r = System.nanoTime();
            org.waymark.app.TagService tags = new org.waymark.app.TagService(session);
            OverviewModel m = OverviewModel.of(plan, session.today(), java.util.Optional.empty(), tags.framework(), tags.coverage(), java.util.List.of());
            long c = System.nanoTime();
            double fx = onFx(() -> {
                long f = System.nanoTime();
                view.show(m);
                view.node().applyCss();
                ((Parent) view.node()).layout();
                return (System.nanoTime() - f) / 1e6;
            });
            long b0 = System.nanoTime();
            plan.currentRows(session.today());
            long b1 = System.nanoTime();
            org.waymark.domain.Readiness.of(plan, session.today());
            long b2 = System.nanoTime();
            if (i < 3) continue; // warm-up
            reload.add((r - s) / 1e6);
            model.add((c - r) / 1e6);
            render.add(fx);
            baseline.add((b1 - b0) / 1e6);
            readinessOnly.add((b2 - b1) / 1e6);
        }
        double base = median(baseline), mod = median(model), fx = median(render);
        System.out.printf("%nOverview after one edit, %,d actions (median of %d edits):%n", session.plan().actions().size(), EDITS);
        System.out.printf("  recompute (readiness, lists, movement)   %7.1f ms   goal <= 50 ms%n", mod);
        System.out.printf("    of which Readiness.of (foundation)     %7.1f ms%n", median(readinessOnly));
        System.out.printf("  rebuild + layout of the view (FX thread) %7.1f ms%n", fx);
        System.out.printf("  recompute + rebuild                      %7.1f ms%n", mod + fx);
        System.out.printf("  baseline: BRAG of every action once      %7.1f ms   (recompute = %.1fx baseline)%n", base, mod / base);
        System.out.printf("  plan reload from SQLite after the write  %7.1f ms   (PlanSession reloads the whole plan; off the FX thread)%n", median(reload));
    }

    private static void timeline(PlanSession session, String label) throws Exception {
        TimelineView view = new TimelineView(org.waymark.ui.ViewTesting.context(session), new RecordingNavigator());
        AtomicReference<Stage> stage = new AtomicReference<>();
        onFx(() -> {
            Scene scene = new Scene((Parent) view.node(), 1400, 900);
            scene.getStylesheets().add(WaymarkApp.class.getResource("waymark.css").toExternalForm());
            Stage s = new Stage();
            s.setScene(scene);
            s.show();
            stage.set(s);
            view.refresh();
            return null;
        });
        while (onFx(() -> view.rows().isEmpty())) Thread.sleep(50);
        Node chart = view.node().lookup("#timeline-chart");
        int w = (int) Math.round(chart.getLayoutBounds().getWidth()), h = (int) Math.round(chart.getLayoutBounds().getHeight());
        WritableImage image = new WritableImage(w, h);
        Canvas empty = new Canvas(w, h);
        List<Double> draw = new ArrayList<>(), frame = new ArrayList<>(), base = new ArrayList<>();
        double step = 3 * 26;
        for (int i = 0; i < FRAMES + 60; i++) {
            double y = (i * step) % Math.max(1, onFx(view::maxVerticalScroll));
            double[] t = onFx(() -> {
                long a = System.nanoTime();
                view.scrollRowsTo(y);
                long b = System.nanoTime();
                chart.snapshot(new SnapshotParameters(), image);
                long c = System.nanoTime();
                var g = empty.getGraphicsContext2D();
                g.setFill(Color.WHITE);
                g.fillRect(0, 0, w, h);
                empty.snapshot(new SnapshotParameters(), image);
                long d = System.nanoTime();
                return new double[]{(b - a) / 1e6, (c - a) / 1e6, (d - c) / 1e6};
            });
            if (i < 60) continue; // warm-up
            draw.add(t[0]);
            frame.add(t[1]);
            base.add(t[2]);
        }
        int rows = onFx(() -> view.rows().size());
        System.out.printf("%nTimeline scroll, %s = %,d rows, %dx%d px chart (median of %d frames):%n", label, rows, w, h, FRAMES);
        System.out.printf("  draw visible rows                        %7.2f ms%n", median(draw));
        System.out.printf("  frame: draw + software rasterise         %7.2f ms   goal <= 16 ms%n", median(frame));
        System.out.printf("  baseline: rasterise an empty canvas      %7.2f ms   (frame = %.1fx baseline)%n", median(base), median(frame) / median(base));
        onFx(() -> { stage.get().close(); return null; });
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> err = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try { out.set(work.call()); } catch (Exception e) { err.set(e); } finally { done.countDown(); }
        });
        if (!done.await(120, TimeUnit.SECONDS)) throw new IllegalStateException("The FX thread did not answer");
        if (err.get() != null) throw err.get();
        return out.get();
    }
}
