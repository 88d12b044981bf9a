package org.waymark.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.waymark.ui.notices.NoticesView;
import org.waymark.ui.people.PeopleView;
import org.waymark.ui.register.RegisterView;

import java.util.List;

/**
 * The main window's views, in navigation order: the one list to edit when a view is added. A view built on the
 * session alone plugs in as {@code (ctx, nav) -> new XView(ctx.session(), nav)}.
 */
public final class Views {

    /** Makes a view for an open plan. */
    @FunctionalInterface
    public interface Factory { PlanView create(PlanContext ctx, Navigator nav); }

    public record Entry(String id, String title, Ikon icon, Factory factory) {}

    private Views() {}

    public static List<Entry> all() {
        return List.of(
                new Entry("overview", "Overview", MaterialDesignV.VIEW_DASHBOARD_OUTLINE, (c, n) -> placeholder("overview", "Overview", MaterialDesignV.VIEW_DASHBOARD_OUTLINE,
                        "Exit readiness, BRAG by key question and core service, what is overdue or due soon, movement since the last board and the days left to each warning-notice deadline.")),
                new Entry("register", "Register", MaterialDesignF.FORMAT_LIST_CHECKS, RegisterView::new),
                new Entry("notices", "Notices & findings", MaterialDesignA.ALERT_OCTAGON_OUTLINE, NoticesView::new),
                new Entry("timeline", "Timeline", MaterialDesignT.TIMELINE_CLOCK_OUTLINE, (c, n) -> placeholder("timeline", "Timeline", MaterialDesignT.TIMELINE_CLOCK_OUTLINE,
                        "A Gantt of the actions grouped by requirement, theme or owner, with milestones, slippage and markers for deadlines, inspections and board meetings.")),
                new Entry("metrics", "Metrics", MaterialDesignC.CHART_LINE, (c, n) -> placeholder("metrics", "Metrics", MaterialDesignC.CHART_LINE,
                        "A chart per metric, with its target and trajectory.")),
                new Entry("people", "People", MaterialDesignA.ACCOUNT_GROUP_OUTLINE, PeopleView::new),
                new Entry("compare", "Compare snapshots", MaterialDesignC.COMPARE_HORIZONTAL, (c, n) -> placeholder("compare", "Compare snapshots", MaterialDesignC.COMPARE_HORIZONTAL,
                        "Two board snapshots side by side: what moved, what slipped and what turned Blue between meetings.")),
                new Entry("board-pack", "Board pack", MaterialDesignF.FILE_DOCUMENT_OUTLINE, (c, n) -> placeholder("board-pack", "Board pack", MaterialDesignF.FILE_DOCUMENT_OUTLINE,
                        "Choose the meeting and the sections, preview the paper, then export it as an accessible PDF.")));
    }

    private static PlanView placeholder(String id, String title, Ikon icon, String text) {
        return new PlaceholderView(id, title, icon, text);
    }
}
