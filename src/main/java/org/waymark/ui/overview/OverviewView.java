package org.waymark.ui.overview;

import org.waymark.app.TagService;
import org.waymark.domain.BragCache;
import org.waymark.domain.FrameworkTag;
import org.waymark.domain.regulation.Framework;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;
import org.waymark.app.PlanSession;
import org.waymark.app.rounds.RoundService;
import org.waymark.app.rounds.RoundSummary;
import org.waymark.ui.PlanContext;
import org.waymark.ui.ScrollingPage;
import org.waymark.ui.widgets.Cards;
import org.waymark.ui.Navigator;
import org.waymark.ui.PlanView;

import java.util.List;

/**
 * The landing view: are we on track to leave the regime? New due dates awaiting approval, exit readiness,
 * warning-notice deadlines, the last two ratings grids, the BRAG heat-map, overdue and due-soon actions, movement
 * since the last board and metric sparklines, and quality-statement coverage. The plan is read and summarised off the FX thread.
 */
public final class OverviewView implements PlanView {

    private final PlanSession session;
    private final Navigator nav;
    private final ScrollingPage page;
    private final ReviewPanel review;
    /** Each action's BRAG from the last refresh, so a refresh after one edit assesses only what the edit touched. */
    private BragCache brags = new BragCache();
    /** The figures on screen were read on this session since it was opened: the next refresh would read the same. */
    private boolean readAlready;

    public OverviewView(PlanContext ctx, Navigator nav) {
        this.session = ctx.session();
        this.page = new ScrollingPage(ctx, "overview", "overview");
        this.nav = nav;
        page.scroll().getStyleClass().add("edge-to-edge");
        this.review = new ReviewPanel(ctx, nav);
    }

    @Override public String id() { return "overview"; }
    @Override public String title() { return "Overview"; }
    @Override public Node node() { return page.node(); }

    /** True while the plan is being read and summarised. */
    public ReadOnlyBooleanProperty loadingProperty() { return page.loadingProperty(); }

    @Override
    public void refresh() {
        if (readAlready) {
            readAlready = false;
            return;
        }
        page.load(() -> read(session, brags), this::show);
    }

    /**
     * Shows figures read on this view's own session just after the plan was opened, before the view was made (the
     * safe open reads them in the same work), with each action's BRAG kept in {@code filled}. The first refresh, which
     * would read the same, is skipped; later ones start from those BRAGs.
     */
    public void adopt(OverviewModel m, BragCache filled) {
        brags = filled;
        readAlready = true;
        show(m);
    }

    /** Reads and summarises the plan; off the FX thread. */
    public static OverviewModel read(PlanSession session) { return read(session, new BragCache()); }

    /** The same, keeping each action's BRAG in {@code brags} for the next read; public for the benchmark. */
    public static OverviewModel read(PlanSession session, BragCache brags) {
        TagService tags = new TagService(session);
        Framework framework = tags.framework();
        List<FrameworkTag> all = tags.tags();
        return OverviewModel.of(session.plan(), session.today(), new RoundService(session).current(), framework, tags.coverage(framework, all),
                all.stream().filter(FrameworkTag::needsReview).toList(), brags);
    }

    /** The current update round's return rate; a link to the rounds view, where the lead chases. */
    private Node roundLine(RoundSummary r) {
        Hyperlink l = new Hyperlink(r.headline());
        l.setId("overview-round");
        if (r.overdue()) l.getStyleClass().add("wm-overdue-text");
        l.setOnAction(e -> nav.showView("rounds"));
        return l;
    }

    /**
     * Builds the page from a computed model. The window also calls it with the figures it showed while the plan was
     * being checked, so the page does not fall back to a spinner while {@link #refresh} reads them again.
     */
    public void show(OverviewModel m) {
        VBox panels = new VBox(16,
                Cards.row(ReadinessPanel.build(m), new VBox(16, DeadlinesPanel.build(m), SparklinesPanel.build(m))),
                Cards.row(HeatMapPanel.build(m, nav), RatingsPanel.build(m)),
                Cards.row(AttentionPanel.overdue(m, nav), AttentionPanel.dueSoon(m, nav), MovementPanel.build(m, nav)),
                Cards.row(CoveragePanel.build(m), review.build(m)));
        ApprovalsLine.build(m, nav).ifPresent(line -> panels.getChildren().add(0, line));
        m.round().ifPresent(r -> panels.getChildren().add(0, roundLine(r)));
        panels.setPadding(new Insets(16));
        page.show(panels);
    }
}
