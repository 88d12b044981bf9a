package org.waymark.ui.overview;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.waymark.domain.CriterionState;
import org.waymark.domain.regulation.RegimeStatus;
import org.waymark.domain.ReadinessSummary;
import org.waymark.ui.widgets.Cards;
import org.waymark.ui.widgets.ViewFormats;
import org.waymark.ui.widgets.Wrapping;

import java.util.Locale;

/** Exit readiness: the regime and how long the trust has been in it, exit criteria met, must-do actions Blue. */
final class ReadinessPanel {

    private ReadinessPanel() {}

    static Node build(OverviewModel m) {
        ReadinessSummary s = m.summary();
        Label regime = new Label(m.regime().map(RegimeStatus::label).orElse("Not in an oversight regime"));
        regime.getStyleClass().add("title-3");
        regime.setId("overview-regime");
        Wrapping.lines(regime);
        String since = m.regime().map(g -> "Entered " + ViewFormats.date(g.entered()) + " · " + s.monthsInRegime() + " months "
                + g.wording().inProgramme()).orElse("Record an entry in Plan settings when the trust enters a regime");
        Label entered = Cards.muted(since);
        entered.setId("overview-months");

        GridPane bars = new GridPane();
        bars.setHgap(12);
        bars.setVgap(6);
        addBar(bars, 0, "overview-criteria", "Exit criteria met", s.criteriaMet() + " of " + s.criteria().size(),
                s.criteria().isEmpty() ? 0 : (double) s.criteriaMet() / s.criteria().size());
        addBar(bars, 1, "overview-mustdo", "Must-do actions Blue",
                String.format(Locale.UK, "%.0f%% (%d of %d)", s.mustDoBluePercent(), s.mustDoBlue(), s.mustDoActions()), s.mustDoBluePercent() / 100);

        VBox criteria = new VBox(4);
        criteria.setId("overview-criteria-list");
        for (CriterionState c : s.criteria()) criteria.getChildren().add(criterion(c));
        return Cards.card("overview-readiness", "Exit readiness", regime, entered, bars, criteria);
    }

    private static void addBar(GridPane grid, int row, String id, String label, String value, double fraction) {
        Label name = new Label(label);
        name.setMinWidth(Region.USE_PREF_SIZE); // the bar gives way, never the words
        ProgressBar bar = new ProgressBar(fraction);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setPrefWidth(160);
        GridPane.setHgrow(bar, Priority.ALWAYS);
        Label figure = new Label(value);
        figure.setId(id);
        figure.getStyleClass().add("wm-figure");
        figure.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row, name, bar, figure);
    }

    private static Node criterion(CriterionState c) {
        Label mark = new Label(c.met() ? "\u2714 Met" : "\u2716 Not met");
        mark.getStyleClass().addAll("wm-criterion", c.met() ? "wm-criterion-met" : "wm-criterion-unmet");
        mark.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label title = new Label(c.criterion().title());
        title.setWrapText(true);
        Label why = Cards.muted(c.why());
        VBox text = new VBox(1, title, why);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(8, mark, text);
        line.setAccessibleText(c.criterion().title() + ": " + (c.met() ? "met" : "not met") + ". " + c.why());
        return line;
    }
}
