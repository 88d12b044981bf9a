package org.waymark.ui.shell;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.time.Duration;
import java.time.Instant;

/**
 * For the start-up benchmark (packaging/README.md): with {@code -Dwaymark.exitAfterFirstFrame=true}
 * (or the environment variable {@code WAYMARK_EXIT_AFTER_FIRST_FRAME=true}) the app prints how long after its
 * launch the window's first frame, and then the first frame showing the plan, reached the screen, and quits.
 * Off by default; when off each call costs one property read.
 */
public final class StartupProbe {

    public static final String PROPERTY = "waymark.exitAfterFirstFrame";
    /** The same switch for the packaged launcher, whose JVM options are fixed in its configuration. */
    public static final String ENV = "WAYMARK_EXIT_AFTER_FIRST_FRAME";
    /** Epoch milliseconds at which the benchmark launched this process. */
    public static final String LAUNCHED_AT_ENV = "WAYMARK_LAUNCHED_AT_MS";

    /** Touched on the FX thread only. */
    private static boolean planReported;

    private StartupProbe() {}

    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY) || "true".equals(System.getenv(ENV));
    }

    /** Prints {@code first-frame-ms=N} once the window has been drawn, then quits (the empty-window baseline). */
    public static void exitAfterFirstFrame(Stage stage) {
        if (!enabled()) return;
        afterNextFrame(stage, () -> {
            report("first-frame-ms");
            Platform.exit();
        });
    }

    /**
     * Call right after the main window's {@code stage.show()}: prints {@code first-frame-ms=N} once its first frame
     * has been drawn. Quits with exit code 1 if {@link #planShown} has not followed within a minute.
     */
    public static void watch(Stage stage) {
        if (!enabled()) return;
        afterNextFrame(stage, () -> report("first-frame-ms"));
        // A plain thread, not an animation: a running animation would make JavaFX draw every frame meanwhile.
        Thread limit = new Thread(() -> {
            try {
                Thread.sleep(Duration.ofMinutes(1).toMillis());
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("plan-frame-timeout");
            System.exit(1);
        }, "startup-probe-limit");
        limit.setDaemon(true);
        limit.start();
    }

    /**
     * Call once the plan's overview is on screen read-only while the plan is still being checked: prints
     * {@code plan-frame-ms=N} after it was drawn, and keeps going until {@link #planShown}.
     */
    public static void previewShown(Stage stage) {
        if (!enabled()) return;
        afterNextFrame(stage, () -> {
            if (!planReported) report("plan-frame-ms");
            planReported = true;
        });
    }

    /**
     * Call once the plan is open for use in the window: prints {@code editable-frame-ms=N} after it was drawn (and
     * {@code plan-frame-ms=N} too, unless {@link #previewShown} came first), and quits.
     */
    public static void planShown(Stage stage) {
        if (!enabled()) return;
        afterNextFrame(stage, () -> {
            if (!planReported) report("plan-frame-ms");
            planReported = true;
            report("editable-frame-ms");
            Platform.exit();
        });
    }

    /**
     * The same once {@code loading} is false: a view that reads its figures off the FX thread shows a spinner
     * first, and the plan is on screen only when its figures are.
     */
    public static void planShown(Stage stage, ObservableBooleanValue loading) {
        if (!enabled()) return;
        if (!loading.get()) {
            planShown(stage);
            return;
        }
        loading.addListener(new ChangeListener<>() {
            @Override public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) return;
                loading.removeListener(this);
                mark("overview-figures");
                planShown(stage);
            }
        });
    }

    /**
     * A step on the way to the plan's frame ({@code opened}, {@code overview-model}…): prints {@code NAME-ms=N}, so
     * the benchmark can say where the time between the first frame and the plan's went.
     */
    public static void mark(String name) {
        if (enabled()) report(name + "-ms");
    }

    /** Call if the plan could not be opened: the benchmark stops with the reason. */
    public static void planFailed(Throwable error) {
        if (!enabled()) return;
        System.out.println("plan-failed=" + error);
        System.exit(1);
    }

    /**
     * Runs {@code then} on the FX thread once a frame has been rendered after the stage is showing. A pulse only
     * starts after the previous frame was handed to the screen, so the second pulse from now marks the frame drawn.
     */
    private static void afterNextFrame(Stage stage, Runnable then) {
        Runnable arm = () -> new AnimationTimer() {
            private int pulses;
            @Override public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
        if (stage.isShowing()) arm.run();
        else stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> arm.run());
    }

    private static void report(String what) {
        System.out.println(what + "=" + Duration.between(launchedAt(), Instant.now()).toMillis());
    }

    /**
     * When the process was launched: the benchmark passes its own clock reading, because the OS's process start
     * time is only as precise as the boot time it is counted from (whole seconds on Linux).
     */
    private static Instant launchedAt() {
        String launched = System.getenv(LAUNCHED_AT_ENV);
        if (launched != null && launched.matches("\\d+")) return Instant.ofEpochMilli(Long.parseLong(launched));
        return ProcessHandle.current().info().startInstant().orElse(Instant.now());
    }
}
