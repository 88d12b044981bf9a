package org.waymark.ui.overview;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.waymark.domain.CoreService;
import org.waymark.domain.Inspection;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.Rating;
import org.waymark.domain.RatingEntry;
import org.waymark.ui.widgets.Cards;
import org.waymark.ui.widgets.ViewFormats;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ratings grids of the last two inspections. Under special measures (or in no regime) each is judged against
 * its entry rule, which is a rule on ratings; any other regime's entry rule is its data file's, shown as written,
 * so a trust in another regime never reads special-measures words.
 */
final class RatingsPanel {

    static final String SPECIAL_MEASURES = "special-measures-quality";
    static final String RULE = "Entry rule: Inadequate in at least 2 of the 5 key questions at trust level, one of them Well-led.";
    /** What the verdict means for leaving special measures, said beside it so a red "met" is not left unexplained. */
    static final String EXIT_MET = "For exit, a re-inspection must find the trust no longer meets this rule, and the warning notices and exit criteria must be met.";
    static final String EXIT_NOT_MET = "This inspection alone would not put the trust into special measures; exit still depends on the exit criteria being met.";

    private RatingsPanel() {}

    static Node build(OverviewModel m) {
        VBox body = new VBox(12);
        if (m.lastTwoInspections().isEmpty()) body.getChildren().add(Cards.muted("No inspections are recorded in the plan."));
        boolean ratingsRule = m.regime().map(g -> g.definition().id().equals(SPECIAL_MEASURES)).orElse(true);
        for (Inspection i : m.lastTwoInspections()) body.getChildren().add(inspection(m, i, ratingsRule));
        Label legend = Cards.muted("O Outstanding · G Good · RI Requires improvement · I Inadequate · NR Not rated");
        Label rule = new Label(ratingsRule ? RULE : m.regime().map(g -> "Entry rule (" + g.definition().name() + "): "
                + g.definition().entryRule()).orElseThrow());
        rule.setWrapText(true);
        rule.getStyleClass().add("wm-strong");
        return Cards.card("overview-ratings", "CQC ratings: last two inspections", rule, body, legend);
    }

    private static Node inspection(OverviewModel m, Inspection i, boolean ratingsRule) {
        Label title = new Label(i.label() + (i.published() == null ? "" : " (published " + ViewFormats.date(i.published()) + ")"));
        title.getStyleClass().add("wm-strong");
        org.waymark.ui.widgets.Wrapping.lines(title);
        List<KeyQuestion> inadequate = i.inadequateQuestions();
        String verdict = (inadequate.isEmpty() ? "No key question Inadequate at trust level"
                : "Inadequate at trust level: " + inadequate.stream().map(KeyQuestion::label).collect(Collectors.joining(", ")))
                + (!ratingsRule ? "." : i.meetsSpecialMeasuresEntryRule() ? " — entry rule met. " + EXIT_MET : " — entry rule not met. " + EXIT_NOT_MET);
        Label rule = new Label(verdict);
        rule.setWrapText(true);
        rule.getStyleClass().add(ratingsRule && i.meetsSpecialMeasuresEntryRule() || !inadequate.isEmpty() && !ratingsRule ? "wm-overdue-text" : "wm-muted");
        rule.setId("rule-" + i.id());
        return new VBox(4, title, grid(m, i), rule);
    }

    private static GridPane grid(OverviewModel m, Inspection i) {
        GridPane g = new GridPane();
        g.setHgap(3);
        g.setVgap(3);
        // Service names wrap (they give way before the key-question headings do); no widths in px, which stay put when zoomed.
        g.getColumnConstraints().add(new ColumnConstraints());
        List<String> heads = new ArrayList<>();
        for (KeyQuestion q : KeyQuestion.values()) heads.add(q.label());
        heads.add("Overall");
        for (int c = 0; c < heads.size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.ALWAYS);
            cc.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a heading is never squeezed under its neighbour
            cc.setHalignment(HPos.CENTER);
            g.getColumnConstraints().add(cc);
            Label h = new Label(heads.get(c));
            h.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            h.getStyleClass().add("wm-muted");
            g.add(h, c + 1, 0);
        }
        Set<Long> services = new LinkedHashSet<>();
        services.add(null);
        for (RatingEntry r : i.ratings()) if (r.coreServiceId() != null) services.add(r.coreServiceId());
        int row = 1;
        for (Long s : services) {
            String name = s == null ? "Trust-wide" : m.plan().coreService(s).map(CoreService::name).orElse("?");
            Label service = org.waymark.ui.widgets.Wrapping.lines(new Label(name));
            g.add(service, 0, row);
            KeyQuestion[] qs = KeyQuestion.values();
            for (int c = 0; c <= qs.length; c++) {
                KeyQuestion q = c < qs.length ? qs[c] : null;
                Rating r = i.rating(q, s).orElse(Rating.NOT_RATED);
                g.add(chip(r, (q == null ? "Overall" : q.label()) + ", " + name), c + 1, row);
            }
            row++;
        }
        return g;
    }

    private static Label chip(Rating r, String where) {
        Label l = new Label(r.abbreviation());
        l.getStyleClass().addAll("wm-rating", "rating-" + r.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setAccessibleText(where + ": " + r.label());
        return l;
    }
}
