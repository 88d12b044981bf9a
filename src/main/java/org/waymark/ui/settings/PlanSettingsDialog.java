package org.waymark.ui.settings;

import org.waymark.ui.widgets.BragChip;
import org.waymark.ui.widgets.Forms;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.waymark.domain.Brag;
import org.waymark.app.EvidenceFileService;
import org.waymark.domain.BragKey;
import org.waymark.domain.Organisation;
import org.waymark.domain.RegimeEntry;
import org.waymark.domain.RegimeHistory;
import org.waymark.app.regulation.Regulation;
import org.waymark.domain.regulation.Framework;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Settings stored in the plan file for everyone who opens it: the organisation, a step in its regime history, its CQC
 * framework (with a preview of what moving to another does to the tags), the BRAG key
 * with its thresholds, whether a new due date needs a second person to approve it. Committees and themes are managed in the People view; core services come with the plan.
 */
public final class PlanSettingsDialog {

    /**
     * {@code regimeStep} is the step to add to the regime history, or null for none; {@code framework} the CQC framework
     * to move the plan to, or null for none.
     */
    public record Settings(Organisation organisation, BragKey bragKey, int evidenceLimitMb, boolean approverMustDiffer, RegimeEntry regimeStep,
                           Framework framework) {}

    private PlanSettingsDialog() {}

    public static Dialog<Settings> create(Organisation org, RegimeHistory history, BragKey key, FrameworkForm.Choice frameworks, String problem) {
        return create(org, history, null, key, EvidenceFileService.DEFAULT_LIMIT_MB, false, frameworks, null, problem);
    }

    public static Dialog<Settings> create(Organisation org, RegimeHistory history, RegimeEntry draftStep, BragKey key, int evidenceLimitMb,
                                          boolean approverMustDiffer, FrameworkForm.Choice frameworks, Framework draftFramework, String problem) {
        TextField name = new TextField(org.name());
        name.setId("settings-name");
        TextField ods = new TextField(org.odsCode());
        RegimeStepForm regime = new RegimeStepForm(history, Regulation.catalogue(), draftStep);
        FrameworkForm framework = new FrameworkForm(frameworks, draftFramework);
        TextField director = new TextField(org.improvementDirector());
        director.setPromptText("Role, e.g. Improvement Director (NHS England)");
        TextField buddy = new TextField(org.buddyTrust());
        GridPane o = Forms.grid();
        Forms.row(o, "Organisation", name, null);
        Forms.row(o, "ODS code", ods, null);
        Forms.row(o, "Improvement director", director, null);
        Forms.row(o, "Buddy trust", buddy, null);

        GridPane b = Forms.grid();
        Map<Brag, TextField> meanings = new EnumMap<>(Brag.class);
        for (Brag brag : Arrays.asList(Brag.BLUE, Brag.RED, Brag.AMBER, Brag.GREEN)) {
            TextField f = new TextField(key.meaning(brag));
            f.setId("settings-meaning-" + brag.name().toLowerCase());
            meanings.put(brag, f);
            Forms.row(b, BragChip.shape(brag) + " " + brag.label() + " means", f, null);
        }
        Spinner<Integer> window = new Spinner<>(0, 365, key.warningWindowDays());
        window.setEditable(true);
        window.setId("settings-warning-window");
        Spinner<Integer> driftRevisions = new Spinner<>(1, 20, key.driftRevisions());
        driftRevisions.setEditable(true);
        Spinner<Integer> driftDays = new Spinner<>(0, 3650, key.driftSlipDays());
        driftDays.setEditable(true);
        window.setTooltip(new javafx.scene.control.Tooltip("Days before the due date when an action turns Amber"));
        Forms.row(b, "Warning window", window, null);
        Forms.row(b, "Drift after revisions", driftRevisions, null);
        Forms.row(b, "or after days slipped", driftDays, null);
        javafx.scene.control.CheckBox revisedGreen = new javafx.scene.control.CheckBox("Show a revised action Green when on track for its new date");
        revisedGreen.setSelected(key.revisedMayBeGreen());
        revisedGreen.setWrapText(true);
        revisedGreen.setId("settings-revised-green");
        revisedGreen.setTooltip(new javafx.scene.control.Tooltip("Off (the default): an action due later than its original date stays Amber until it is assured complete, so slippage is never hidden."));
        Forms.row(b, "Revised dates", revisedGreen, null);

        Spinner<Integer> limit = new Spinner<>(1, EvidenceFileService.MAX_LIMIT_MB, evidenceLimitMb);
        limit.setEditable(true);
        limit.setId("settings-evidence-limit");
        limit.setTooltip(new javafx.scene.control.Tooltip("The largest file that can be attached (copied into the plan), in MB. Larger files can be linked."));
        GridPane ev = Forms.grid();
        Forms.row(ev, "Largest evidence file (MB)", limit, null);
        Label evTitle = new Label("Evidence files");
        evTitle.getStyleClass().add("section-title");

        javafx.scene.control.CheckBox secondPerson = new javafx.scene.control.CheckBox("Someone other than whoever asked for a new due date must approve it");
        secondPerson.setSelected(approverMustDiffer);
        secondPerson.setWrapText(true);
        secondPerson.setId("settings-approver-must-differ");
        secondPerson.setTooltip(new javafx.scene.control.Tooltip("On by default in a shared plan, off in a plan file. When on, a date can only be "
                + "recorded as approved through a request that someone else approves."));
        GridPane rev = Forms.grid();
        Forms.row(rev, "Approval", secondPerson, null);
        Label revTitle = new Label("Date revisions");
        revTitle.getStyleClass().add("section-title");

        Label error = new Label(problem == null ? "" : problem);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        Label note = new Label("These settings are saved in the plan file, so everyone who opens it sees the same. Committees and themes are managed in People.");
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        note.setMaxWidth(560);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label orgTitle = new Label("Organisation");
        orgTitle.getStyleClass().add("section-title");
        Label regimeTitle = new Label("Oversight regime");
        regimeTitle.getStyleClass().add("section-title");
        Label frameworkTitle = new Label("CQC framework");
        frameworkTitle.getStyleClass().add("section-title");
        Label keyTitle = new Label("BRAG key");
        keyTitle.getStyleClass().add("section-title");
        VBox content = new VBox(10, orgTitle, o, new Separator(), regimeTitle, regime.grid(), new Separator(),
                frameworkTitle, framework.grid(), new Separator(), keyTitle, b, new Separator(), revTitle, rev, new Separator(), evTitle, ev, error, note);
        content.setPrefWidth(600);
        content.setPadding(new javafx.geometry.Insets(0, 12, 0, 0));
        // Taller than a 768-pixel screen otherwise: the sections scroll, and Save stays in view.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(540);
        scroll.setPrefViewportWidth(620);
        scroll.getStyleClass().add("edge-to-edge");

        Dialog<Settings> d = new Dialog<>();
        d.setTitle("Plan settings");
        d.setHeaderText("Plan settings");
        d.getDialogPane().setContent(scroll);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            if (name.getText().isBlank()) { error.setText("Give the organisation's name."); e.consume(); }
            else if (meanings.values().stream().anyMatch(f -> f.getText().isBlank())) { error.setText("Say what each BRAG colour means in this trust."); e.consume(); }
        });
        d.setResultConverter(bt -> {
            if (bt != save) return null;
            Map<Brag, String> m = new EnumMap<>(Brag.class);
            meanings.forEach((brag, f) -> m.put(brag, f.getText().strip()));
            return new Settings(new Organisation(name.getText().strip(), ods.getText().strip(), director.getText().strip(), buddy.getText().strip()),
                    new BragKey(m, window.getValue(), driftRevisions.getValue(), driftDays.getValue(), revisedGreen.isSelected()), limit.getValue(),
                    secondPerson.isSelected(), regime.step(), framework.chosen());
        });
        return d;
    }
}
