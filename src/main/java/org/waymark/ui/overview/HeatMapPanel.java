package org.waymark.ui.overview;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.waymark.domain.Brag;
import org.waymark.domain.BragCounts;
import org.waymark.domain.CoreService;
import org.waymark.domain.GridCell;
import org.waymark.domain.KeyQuestion;
import org.waymark.ui.widgets.BragChip;
import org.waymark.ui.widgets.Cards;
import org.waymark.ui.Navigator;
import org.waymark.ui.RegisterQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * BRAG by key question × core service. A cell takes the colour, letter and shape of the worst BRAG among its
 * actions, and shows the count of each; clicking it opens the register filtered to exactly that cell.
 */
final class HeatMapPanel {

    private static final Brag[] ORDER = {Brag.RED, Brag.AMBER, Brag.GREEN, Brag.BLUE};

    private HeatMapPanel() {}

    static Node build(OverviewModel m, Navigator nav) {
        GridPane grid = new GridPane();
        grid.setHgap(4);
        grid.setVgap(4);
        grid.setId("overview-heatmap-grid");
        // No widths in px: each column is as wide as its words at the current zoom; service names wrap.
        grid.getColumnConstraints().add(new ColumnConstraints());
        KeyQuestion[] questions = KeyQuestion.values();
        for (int c = 0; c < questions.length; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.ALWAYS);
            cc.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(cc);
            Label q = new Label(questions[c].label());
            q.setMinWidth(Region.USE_PREF_SIZE);
            q.getStyleClass().add("wm-strong");
            grid.add(q, c + 1, 0);
        }
        List<Long> services = new ArrayList<>();
        services.add(null);
        m.plan().coreServices().forEach(s -> services.add(s.id()));
        int row = 1;
        for (Long service : services) {
            Label name = new Label(service == null ? "Trust-wide" : m.plan().coreService(service).map(CoreService::name).orElse("?"));
            org.waymark.ui.widgets.Wrapping.lines(name);
            grid.add(name, 0, row);
            for (int c = 0; c < questions.length; c++) grid.add(cell(m, nav, questions[c], service, name.getText()), c + 1, row);
            row++;
        }
        Label key = new Label("Key: " + java.util.Arrays.stream(ORDER).map(b -> BragChip.shape(b) + " " + b.letter() + " " + b.label())
                .collect(java.util.stream.Collectors.joining(" · ")));
        key.setId("overview-heatmap-key");
        key.setWrapText(true);
        Label hint = Cards.muted("Top line: the cell's worst BRAG and how many actions it holds. Below: how many of each, "
                + "e.g. \"R3 A1\" is 3 Red and 1 Amber. Point at a cell for the full count; click it to list its actions in the register.");
        hint.setWrapText(true);
        return Cards.card("overview-heatmap", "BRAG by key question and core service", grid, key, hint);
    }

    private static Node cell(OverviewModel m, Navigator nav, KeyQuestion q, Long service, String serviceName) {
        BragCounts counts = m.summary().grid().get(new GridCell(q, service));
        String id = "heat-" + q.name().toLowerCase(Locale.ROOT) + "-" + (service == null ? "trust" : service);
        if (counts == null || counts.total() == 0) {
            Label none = new Label("—");
            none.getStyleClass().add("wm-heat-empty");
            none.setMaxWidth(Double.MAX_VALUE);
            none.setId(id);
            none.setAccessibleText(q.label() + ", " + serviceName + ": no actions");
            return none;
        }
        Brag worst = counts.worst();
        // Two short lines rather than one long one, so the breakdown fits a narrow cell: "R91 A12" over "G87 B20".
        StringBuilder detail = new StringBuilder();
        int shown = 0;
        for (Brag b : ORDER) {
            if (counts.get(b) == 0) continue;
            detail.append(shown == 0 ? "" : shown == 2 ? "\n" : " ").append(b.letter()).append(counts.get(b));
            shown++;
        }
        Label head = new Label(BragChip.shape(worst) + " " + worst.letter() + "  " + counts.total());
        head.getStyleClass().add("wm-heat-head");
        Label breakdown = new Label(detail.toString());
        breakdown.getStyleClass().add("wm-heat-detail");
        breakdown.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        head.setMinWidth(Region.USE_PREF_SIZE);
        breakdown.setMinWidth(Region.USE_PREF_SIZE);
        VBox text = new VBox(0, head, breakdown);
        text.setAlignment(javafx.geometry.Pos.CENTER);
        Button b = new Button(null, text);
        b.getStyleClass().addAll("wm-heat-cell", "brag-" + worst.name().toLowerCase(Locale.ROOT));
        b.setMaxWidth(Double.MAX_VALUE);
        b.setId(id);
        b.setTooltip(new Tooltip(q.label() + " · " + serviceName + "\n" + counts.total() + " actions: "
                + counts.get(Brag.RED) + " Red, " + counts.get(Brag.AMBER) + " Amber, " + counts.get(Brag.GREEN) + " Green, " + counts.get(Brag.BLUE) + " Blue"));
        b.setAccessibleText(q.label() + ", " + serviceName + ": worst " + worst.label() + ", " + counts.total() + " actions");
        b.setOnAction(e -> nav.showRegister(RegisterQuery.cell(q, service)));
        return b;
    }
}
