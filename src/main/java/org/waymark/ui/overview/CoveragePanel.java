package org.waymark.ui.overview;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.waymark.domain.regulation.StatementCoverage;
import org.waymark.ui.widgets.Cards;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Quality-statement coverage: each item of the plan's framework that findings or actions are tagged with, its
 * counts and its gaps, and the items nothing is tagged with, so a board sees what the plan does not address.
 */
final class CoveragePanel {

    private CoveragePanel() {}

    static Node build(OverviewModel m) {
        List<StatementCoverage> touched = m.coverage().stream().filter(c -> !c.untouched()).toList();
        long gaps = m.coverage().stream().filter(StatementCoverage::hasGap).count();
        Label summary = new Label(m.framework().name() + ": " + touched.size() + " of " + m.coverage().size() + " "
                + m.framework().itemWord(m.coverage().size()) + " tagged, " + gaps + " with a gap");
        summary.setId("overview-coverage-summary");
        summary.setWrapText(true);
        VBox lines = new VBox(3);
        lines.setId("overview-coverage-list");
        for (StatementCoverage c : touched) lines.getChildren().add(line(c));
        String none = m.coverage().stream().filter(StatementCoverage::untouched).map(c -> c.item().code()).collect(Collectors.joining(", "));
        Label untouched = Cards.muted(none.isEmpty() ? "Every " + m.framework().itemWord(1) + " has findings or actions." : "Nothing tagged: " + none);
        untouched.setWrapText(true);
        untouched.setId("overview-coverage-untouched");
        return Cards.card("overview-coverage", "Quality-statement coverage", summary, lines, untouched);
    }

    private static Node line(StatementCoverage c) {
        StringBuilder s = new StringBuilder(c.item().code() + " " + c.item().name() + ": " + c.findings() + (c.findings() == 1 ? " finding, " : " findings, ")
                + c.actions() + (c.actions() == 1 ? " action" : " actions"));
        if (!c.findingsWithoutAction().isEmpty()) s.append(" · no open or Blue action for ").append(String.join(", ", c.findingsWithoutAction()));
        if (!c.actionsWithoutEvidence().isEmpty()) s.append(" · no evidence for ").append(String.join(", ", c.actionsWithoutEvidence()));
        Label l = new Label(s.toString());
        l.setWrapText(true);
        l.getStyleClass().add(c.hasGap() ? "wm-overdue-text" : "wm-muted");
        return l;
    }
}
