package org.waymark.ui.settings;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.waymark.app.PlanSession;
import org.waymark.app.TagService;
import org.waymark.domain.regulation.Framework;
import org.waymark.ui.widgets.Forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CQC framework part of plan settings: the plan's framework, another shipped framework to move to, and, before
 * anything is saved, what the move would do to the tags (worked out by the app's crosswalk, the same computation
 * the move makes).
 */
public final class FrameworkForm {

    /** The plan's framework, the frameworks it may move to, and what moving to each would do. */
    public record Choice(Framework current, List<Framework> offered, Map<String, TagService.FrameworkChange> previews) {

        /** Reads the plan's tags; call off the FX thread. */
        public static Choice read(PlanSession session) {
            TagService tags = new TagService(session);
            Framework current = tags.framework();
            List<Framework> offered = org.waymark.app.regulation.Regulation.catalogue().frameworks();
            Map<String, TagService.FrameworkChange> previews = new LinkedHashMap<>();
            for (Framework f : offered) if (!f.id().equals(current.id())) previews.put(f.id(), tags.preview(f.id()));
            return new Choice(current, offered, previews);
        }
    }

    private final GridPane grid = Forms.grid();
    private final ComboBox<Framework> to;
    private final Label preview = new Label();

    FrameworkForm(Choice choice, Framework draft) {
        Label now = new Label(choice.current().name() + " (" + choice.current().inForce().describe() + ")");
        now.setId("settings-framework-now");
        now.setWrapText(true);
        to = Forms.choice("No change", choice.offered().stream().filter(f -> !f.id().equals(choice.current().id())).toList(),
                f -> f.name() + " (" + f.inForce().describe() + ")");
        to.setId("settings-framework");
        to.setMaxWidth(Double.MAX_VALUE);
        preview.setId("settings-framework-preview");
        preview.setWrapText(true);
        preview.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        to.valueProperty().addListener((o, a, f) -> preview.setText(f == null ? "" : words(choice.current(), f, choice.previews().get(f.id()))));
        to.setValue(draft);
        Forms.row(grid, "Now", now, null);
        Forms.row(grid, "Move to", to, null);
        Forms.row(grid, "", preview, null);
    }

    GridPane grid() { return grid; }

    /** The framework to move to, or null for no change. */
    Framework chosen() { return to.getValue(); }

    /** What the move will do, in words a board secretary can check before saving. */
    static String words(Framework from, Framework to, TagService.FrameworkChange c) {
        String tags = " tag" + (c.carried() == 1 ? "" : "s");
        String carried = c.carried() == 0 ? "No tags will be carried across."
                : c.carried() + tags + " will be carried across to " + to.itemWord(c.carried())
                  + (c.official() ? " by the regulator's official mapping." : " by Waymark's suggested mapping (no official mapping), each marked “Needs review”.");
        String left = c.flagged() == 0 ? "" : " " + c.flagged() + " tag" + (c.flagged() == 1 ? " has" : "s have") + " no mapping: "
                + (c.flagged() == 1 ? "it stays" : "they stay") + " on " + from.name() + ", marked “Needs review”.";
        String empty = c.carried() == 0 && c.flagged() == 0 ? " The plan has no " + from.itemWord(2) + " tags yet." : "";
        String review = c.flagged() + (c.official() ? 0 : c.carried()) == 0 ? "" : " Confirm or replace them under Overview › Tags to review.";
        return "Moving to " + to.name() + ": " + carried + left + empty + review + " Edit › Undo puts every tag back.";
    }
}
