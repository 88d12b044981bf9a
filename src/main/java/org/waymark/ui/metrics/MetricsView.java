package org.waymark.ui.metrics;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.waymark.app.PlanSession;
import org.waymark.app.Refused;
import org.waymark.domain.ExitCriterion;
import org.waymark.domain.Metric;
import org.waymark.ui.PlanContext;
import org.waymark.ui.command.Command;
import org.waymark.ui.command.MetricEdits;
import org.waymark.ui.shell.FileFilter;
import org.waymark.ui.ScrollingPage;
import org.waymark.ui.widgets.Cards;
import org.waymark.ui.Navigator;
import org.waymark.ui.PlanView;
import org.waymark.ui.widgets.ViewFormats;

import java.io.File;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

/**
 * A chart per metric with its target and planned trajectory, split where the definition changed; observations
 * added by hand or from CSV, and metrics linked to exit criteria. Reads and writes run off the FX thread.
 */
public final class MetricsView implements PlanView, MetricCard.Actions {

    private final PlanSession session;
    private final ScrollingPage page;
    private final PlanContext ctx;
    /** Survives the rebuild after a save, unlike a card's own feedback line. */
    private final Label saved = new Label();

    public MetricsView(PlanContext ctx, Navigator nav) {
        this.ctx = ctx;
        this.session = ctx.session();
        this.page = new ScrollingPage(ctx, "metrics", "metrics");
    }

    @Override public String id() { return "metrics"; }
    @Override public String title() { return "Metrics"; }
    @Override public Node node() { return page.node(); }

    public ReadOnlyBooleanProperty loadingProperty() { return page.loadingProperty(); }

    @Override
    public void refresh() { page.load(() -> MetricsModel.of(session.plan(), session.today()), this::show); }

    private void show(MetricsModel model) {
        VBox cards = new VBox(16);
        cards.setPadding(new Insets(16));
        saved.setId("metrics-saved");
        saved.getStyleClass().setAll("label", "wm-met-text");
        if (!saved.getText().isEmpty()) cards.getChildren().add(saved);
        if (model.plan().metrics().isEmpty()) cards.getChildren().add(Cards.muted("No metrics are tracked in this plan yet."));
        for (Metric m : model.plan().metrics()) cards.getChildren().add(MetricCard.build(m, model, this, session.readOnly()));
        page.show(cards);
    }

    @Override
    public void record(Metric metric, YearMonth month, double value, Label feedback) {
        write(MetricEdits.record(session, metric.id(), month, value), feedback,
                () -> "Recorded " + ViewFormats.number(value) + " for " + ViewFormats.month(month) + ".");
    }

    @Override
    public void importCsv(Metric metric, Label feedback) {
        ctx.dialogs().chooseFileToOpen("Import observations for " + metric.name(), List.of(FileFilter.of("CSV: period,value", "*.csv", "*.txt")))
                .ifPresent(file -> importCsv(metric, file.toFile(), feedback));
    }

    /** Imports a CSV file for a metric: all rows or none. */
    public void importCsv(Metric metric, File file, Label feedback) {
        MetricEdits.Observations c = MetricEdits.importCsv(session, metric.id(), file.toPath());
        write(c, feedback, () -> "Imported " + c.count() + (c.count() == 1 ? " observation" : " observations") + " from " + file.getName() + ".");
    }

    @Override
    public void link(ExitCriterion criterion, Metric metric, int months, Label feedback) {
        write(MetricEdits.link(session, criterion.id(), metric.id(), months), feedback, () -> "Linked to \"" + criterion.title() + "\".");
    }

    /** Every write is a command on the stack, so Edit › Undo takes it back. */
    private void write(Command change, Label feedback, Supplier<String> done) {
        page.busy(true);
        feedback.getStyleClass().setAll("label", "wm-muted");
        feedback.setText("Saving…");
        ctx.perform(change, () -> {
            feedback.setText(done.get());
            saved.setText(done.get());
            refresh();
        }, error -> {
            page.busy(false);
            feedback.getStyleClass().setAll("label", "wm-overdue-text");
            feedback.setText(error instanceof Refused ? error.getMessage()
                    : "Not saved: " + error.getMessage() + ". Check the plan is not open read-only, then try again.");
        });
    }
}
