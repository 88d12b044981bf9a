package org.waymark.ui.shell;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.waymark.app.LiveRefresh;
import org.waymark.app.PlanChange;
import org.waymark.domain.Plan;
import org.waymark.ui.PlanContext;
import org.waymark.ui.widgets.Icons;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The window's side of a shared plan's {@link LiveRefresh}: others' changes refresh the views and are named in the
 * status bar (and in the editor, when they touched the open action); a server that cannot be reached pauses every
 * edit, says so in a banner, and when it is back the window carries on by itself. Each report from the watcher is
 * handed to the FX thread, and dropped there if the window has since moved to another plan.
 */
final class LiveUpdates {

    static final String AWAY = "The shared plan's server cannot be reached. Your typing is kept; changes are paused until it is back.";

    /** What the window does with a report. */
    interface Host {
        /** Others changed the plan: refresh what is shown; {@code byAction} names who changed each touched action. */
        void othersChanged(Map<Long, String> byAction);
        /** Paused while the server is away, or not. */
        void paused(boolean away);
    }

    private final BackgroundExecutor executor;
    private final StatusBar status;
    private final Pane banners;
    private final Host host;
    private final ZoneId zone = ZoneId.systemDefault();
    private PlanContext watched;
    private LiveRefresh live;
    private HBox awayBanner;

    LiveUpdates(BackgroundExecutor executor, StatusBar status, Pane banners, Host host) {
        this.executor = executor;
        this.status = status;
        this.banners = banners;
        this.host = host;
    }

    /** Watches this plan (a shared one; a plan file has nothing to watch), and stops watching the one before. */
    void watch(PlanContext ctx) {
        stop();
        watched = ctx;
        live = LiveRefresh.start(ctx.session(), new LiveRefresh.Listener() {
            @Override public void othersChanged(List<PlanChange> changes) { onFx(ctx, () -> arrived(ctx, changes)); }
            @Override public void unreachable(String detail) { onFx(ctx, () -> away(ctx, detail)); }
            @Override public void reachable() { onFx(ctx, () -> back(ctx)); }
        }).orElse(null);
    }

    /** Stops watching (the window shows another plan, or closes). */
    void stop() {
        LiveRefresh l = live;
        live = null;
        watched = null;
        if (awayBanner != null) banners.getChildren().remove(awayBanner);
        awayBanner = null;
        status.showLive("");
        // Joining the watcher may wait for a query to time out: never on the FX thread.
        if (l != null) executor.run(null, () -> { l.close(); return null; }, r -> { });
    }

    private void onFx(PlanContext ctx, Runnable r) { Platform.runLater(() -> { if (watched == ctx) r.run(); }); }

    /** The plan is read (refreshed from the new audit rows) on the executor; what changed is named from it. */
    private void arrived(PlanContext ctx, List<PlanChange> changes) {
        executor.run(null, () -> {
            Plan plan = ctx.session().plan();
            Map<Long, List<PlanChange>> byAction = changes.stream().filter(c -> c.action(plan).isPresent())
                    .collect(Collectors.groupingBy(c -> c.action(plan).get().id()));
            Map<Long, String> said = byAction.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> PlanChange.describe(e.getValue(), plan, zone)));
            return Map.entry(PlanChange.describe(changes, plan, zone), said);
        }, told -> {
            if (watched != ctx) return;
            status.showLive(told.getKey());
            host.othersChanged(told.getValue());
        }, e -> { });
    }

    private void away(PlanContext ctx, String detail) {
        ctx.pause(true);
        host.paused(true);
        status.showMode(true, true);
        status.showLive("Server cannot be reached since " + LocalTime.now(zone).format(DateTimeFormatter.ofPattern("HH:mm")));
        if (awayBanner == null) {
            awayBanner = banner(detail);
            banners.getChildren().add(0, awayBanner);
        }
    }

    private void back(PlanContext ctx) {
        if (awayBanner != null) banners.getChildren().remove(awayBanner);
        awayBanner = null;
        ctx.pause(false);
        host.paused(false);
        status.showMode(ctx.session().readOnly(), false);
        status.showLive("Connected again at " + LocalTime.now(zone).format(DateTimeFormatter.ofPattern("HH:mm")));
        host.othersChanged(Map.of());
    }

    private static HBox banner(String detail) {
        Label title = new Label(AWAY);
        title.setId("server-away-text");
        title.getStyleClass().add("banner-title");
        title.setWrapText(true);
        Label more = new Label("Waymark tries again by itself and carries on as soon as the server answers.");
        more.setWrapText(true);
        // The driver's words help whoever looks after the server; the person at the window needs only the line above.
        if (detail != null) more.setTooltip(new javafx.scene.control.Tooltip(detail));
        VBox words = new VBox(2, title, more);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox box = new HBox(Icons.of(MaterialDesignL.LAN_DISCONNECT), words);
        box.setId("server-away-banner");
        box.getStyleClass().add("server-away-banner");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

}
