package org.waymark.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.waymark.ui.boardpack.BoardPackView;
import org.waymark.ui.metrics.MetricsView;
import org.waymark.ui.notices.NoticesView;
import org.waymark.ui.overview.OverviewView;
import org.waymark.ui.snapshots.SnapshotsView;
import org.waymark.ui.timeline.TimelineView;
import org.waymark.ui.people.PeopleView;
import org.waymark.ui.register.RegisterView;

import java.util.List;

/**
 * The main window's views, in navigation order: the one list to edit when a view is added. Every view is built
 * the same way, from the open plan's {@link PlanContext} and the {@link Navigator}.
 */
public final class Views {

    /** Makes a view for an open plan. */
    @FunctionalInterface
    public interface Factory { PlanView create(PlanContext ctx, Navigator nav); }

    public record Entry(String id, String title, Ikon icon, Factory factory) {}

    private Views() {}

    public static List<Entry> all() {
        return List.of(
                new Entry("overview", "Overview", MaterialDesignV.VIEW_DASHBOARD_OUTLINE, OverviewView::new),
                new Entry("register", "Register", MaterialDesignF.FORMAT_LIST_CHECKS, RegisterView::new),
                new Entry("notices", "Notices & findings", MaterialDesignA.ALERT_OCTAGON_OUTLINE, NoticesView::new),
                new Entry("timeline", "Timeline", MaterialDesignT.TIMELINE_CLOCK_OUTLINE, TimelineView::new),
                new Entry("metrics", "Metrics", MaterialDesignC.CHART_LINE, MetricsView::new),
                new Entry("people", "People", MaterialDesignA.ACCOUNT_GROUP_OUTLINE, PeopleView::new),
                new Entry("snapshots", "Board snapshots", MaterialDesignC.COMPARE_HORIZONTAL, SnapshotsView::new),
                new Entry("board-pack", "Board pack", MaterialDesignF.FILE_DOCUMENT_OUTLINE, BoardPackView::new),
                new Entry("rounds", "Update rounds", MaterialDesignE.EMAIL_FAST_OUTLINE, (c, n) -> new org.waymark.ui.rounds.RoundsView(c)),
                new Entry("questions", "Board questions", MaterialDesignC.COMMENT_QUESTION_OUTLINE, (c, n) -> new org.waymark.ui.questions.QuestionsView(c)));
    }

}
