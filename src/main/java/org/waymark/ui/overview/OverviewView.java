package org.waymark.ui.overview;

import org.waymark.app.TagService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.waymark.app.PlanSession;
import org.waymark.app.rounds.RoundService;
import org.waymark.app.rounds.RoundSummary;
import org.waymark.ui.PlanContext;
import org.waymark.ui.shell.LatestLoad;
import org.waymark.ui.widgets.Cards;
import org.waymark.ui.Navigator;
import org.waymark.ui.PlanView;

/**
 * The landing view: are we on track to leave the regime? Exit readiness, warning-notice deadlines, the
 * last two ratings grids, the BRAG heat-map, overdue and due-soon actions, movement since the last board and
 * metric sparklines, and quality-statement coverage. The plan is read and summarised off the FX thread.
 */
public final class OverviewView implements PlanView {

    private final PlanSession session;
    private final Navigator nav;
    private final StackPane root = new StackPane();
    private final ScrollPane scroll = new ScrollPane();
    private final LatestLoad load;
    private final ReviewPanel review;

    public OverviewView(PlanContext ctx, Navigator nav) {
        this.session = ctx.session();
        this.load = new LatestLoad(ctx.executor());
        this.nav = nav;
        this.review = new ReviewPanel(ctx, nav);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        root.getChildren().add(scroll);
        root.getStyleClass().add("wm-view");
        root.setId("overview");
    }

    @Override public String id() { return "overview"; }
    @Override public String title() { return "Overview"; }
    @Override public Node node() { return root; }

    /** True while the plan is being read and summarised. */
    public ReadOnlyBooleanProperty loadingProperty() { return load.loadingProperty(); }

    @Override
    public void refresh() {
        if (scroll.getContent() == null) scroll.setContent(new StackPane(new ProgressIndicator()));
        load.run(() -> {
            TagService tags = new TagService(session);
            return OverviewModel.of(session.plan(), session.today(), new RoundService(session).current(), tags.framework(), tags.coverage(),
                    tags.tags().stream().filter(org.waymark.domain.FrameworkTag::needsReview).toList());
        }, this::show, error -> {
            Label l = new Label("The overview could not be computed: " + error.getMessage() + ". Reopen the plan; if this persists, run Check on the file.");
            l.setWrapText(true);
            scroll.setContent(l);
        });
    }

    /** The current update round's return rate; a link to the rounds view, where the lead chases. */
    private Node roundLine(RoundSummary r) {
        Hyperlink l = new Hyperlink(r.headline());
        l.setId("overview-round");
        if (r.overdue()) l.getStyleClass().add("wm-overdue-text");
        l.setOnAction(e -> nav.showView("rounds"));
        return l;
    }

    /** Builds the page from a computed model; package-private for the benchmark. */
    void show(OverviewModel m) {
        VBox page = new VBox(16,
                Cards.row(ReadinessPanel.build(m), new VBox(16, DeadlinesPanel.build(m), SparklinesPanel.build(m))),
                Cards.row(HeatMapPanel.build(m, nav), RatingsPanel.build(m)),
                Cards.row(AttentionPanel.overdue(m, nav), AttentionPanel.dueSoon(m, nav), MovementPanel.build(m, nav)),
                Cards.row(CoveragePanel.build(m), review.build(m)));
        m.round().ifPresent(r -> page.getChildren().add(0, roundLine(r)));
        page.setPadding(new Insets(16));
        double v = scroll.getVvalue();
        scroll.setContent(page);
        scroll.setVvalue(v);
    }
}
