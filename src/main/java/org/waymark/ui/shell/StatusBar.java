package org.waymark.ui.shell;

import org.waymark.ui.widgets.Forms;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.waymark.ui.widgets.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.waymark.app.AuditCheck;
import org.waymark.app.AuditEntryView;
import org.waymark.app.PlanAddress;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.waymark.app.PlanSession;
import org.waymark.ui.shell.BackgroundExecutor;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The main window's status bar: plan file, read-only or editable, user, last change, background work, changes
 * this session and the audit chain's state. Reads that touch the file run on the background executor.
 */
final class StatusBar {

    private final BackgroundExecutor executor;
    private final Label fileLabel = status("status-file");
    private final Label modeLabel = status("status-mode");
    private final Label userLabel = status("status-user");
    private final Label lastChangeLabel = status("status-last-change");
    private final Label auditLabel = status("status-audit");
    private final Label changesLabel = status("status-changes");
    private final HBox bar;

    StatusBar(BackgroundExecutor executor) {
        this.executor = executor;
        ProgressBar progress = new ProgressBar();
        progress.setId("status-progress");
        progress.setPrefWidth(140);
        progress.visibleProperty().bind(executor.busy());
        progress.managedProperty().bind(executor.busy());
        progress.progressProperty().bind(executor.progress());
        Label working = status("status-working");
        working.textProperty().bind(executor.message());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        bar = new HBox(14, fileLabel, sep(), modeLabel, sep(), userLabel, sep(), lastChangeLabel, grow, working, progress, changesLabel, sep(), auditLabel);
        // Whether the plan can be changed is never cut short, and which plan and whose session barely: the last change gives way first.
        modeLabel.setMinWidth(Region.USE_PREF_SIZE);
        fileLabel.setMinWidth(140);
        userLabel.setMinWidth(60);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMinWidth(0);
        progress.setMinWidth(40);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        bar.setId("status-bar");
    }

    Node node() { return bar; }

    void showPlan(PlanSession s) {
        fileLabel.setText(PlanAddress.label(s.location()));
        fileLabel.getProperties().remove("textTip");
        fileLabel.setTooltip(new Tooltip(s.shared() ? s.location() : s.file().toAbsolutePath().toString()));
        fileLabel.setGraphic(Icons.of(s.shared() ? MaterialDesignD.DATABASE_OUTLINE : MaterialDesignF.FILE_OUTLINE));
        showMode(s.readOnly(), false);
        userLabel.setText(s.user());
        userLabel.setGraphic(Icons.of(MaterialDesignA.ACCOUNT_OUTLINE));
        if (changesLabel.getText().isEmpty()) changesLabel.setText(s.readOnly() ? "" : "All changes saved");
        executor.run(null, s::lastChange, last -> {
            lastChangeLabel.setText(describe(last));
            lastChangeLabel.setGraphic(null);
            lastChangeLabel.getStyleClass().remove("status-live-change");
        }, e -> lastChangeLabel.setText(""));
    }

    /** Editable, read-only, or paused while a shared plan's server cannot be reached. */
    void showMode(boolean readOnly, boolean serverAway) {
        modeLabel.setText(serverAway ? "Paused: the server cannot be reached" : readOnly ? "Read-only: nothing can be changed" : "Editable");
        modeLabel.setGraphic(Icons.of(serverAway ? MaterialDesignL.LAN_DISCONNECT : readOnly ? MaterialDesignL.LOCK_OUTLINE : MaterialDesignP.PENCIL_OUTLINE));
        modeLabel.getStyleClass().remove("status-read-only");
        if (readOnly || serverAway) modeLabel.getStyleClass().add("status-read-only");
    }

    /**
     * Someone else's change to a shared plan, just arrived ("akhan changed A004's status at 14:02"), or the state of
     * its server: shown as the last change, marked as news, until this window's own next change.
     */
    void showLive(String text) {
        lastChangeLabel.setText(text);
        lastChangeLabel.setGraphic(text.isEmpty() ? null : Icons.of(MaterialDesignA.ACCOUNT_MULTIPLE_OUTLINE));
        if (!lastChangeLabel.getStyleClass().contains("status-live-change")) lastChangeLabel.getStyleClass().add("status-live-change");
    }

    void showChanges(long changes) {
        changesLabel.setText(changes + (changes == 1 ? " change" : " changes") + " this session, all saved");
    }

    void showUser(String text) { userLabel.setText(text); }

    void checkAudit(PlanSession s) {
        auditLabel.setText("Checking the audit chain…");
        auditLabel.setGraphic(Icons.of(MaterialDesignS.SHIELD_OUTLINE));
        executor.run("Checking the audit chain…", s::verifyAudit, (AuditCheck c) -> {
            String said = c.intact() ? "Audit chain intact (" + c.rowsChecked() + " rows)" : "Audit chain BROKEN at row " + c.firstBadRow();
            auditLabel.setText(said);
            auditLabel.setGraphic(Icons.of(c.intact() ? MaterialDesignS.SHIELD_CHECK_OUTLINE : MaterialDesignS.SHIELD_ALERT_OUTLINE));
            auditLabel.getStyleClass().removeAll("audit-ok", "audit-broken");
            auditLabel.getStyleClass().add(c.intact() ? "audit-ok" : "audit-broken");
            auditLabel.getProperties().remove("textTip");
            // The words the bar may shorten, then the detail.
            auditLabel.setTooltip(new Tooltip(said + "\n" + c.describe()));
        }, e -> auditLabel.setText("Audit chain could not be checked: " + e.getMessage()));
    }

    /**
     * After an edit: the chain was verified when the plan opened and has only grown through audited writes since, so
     * the count is brought up to date without walking the whole chain again. A broken chain keeps its warning.
     */
    void countAudit(PlanSession s) {
        if (!auditLabel.getStyleClass().contains("audit-ok")) return;
        executor.run(null, s::auditRows, rows -> {
            if (!auditLabel.getStyleClass().contains("audit-ok")) return;
            String said = "Audit chain intact (" + rows + " rows)";
            auditLabel.setText(said);
            // The tooltip carries the whole text the bar may shorten, so it follows the count too.
            auditLabel.setTooltip(new Tooltip(said + "\nVerified when the plan was opened; since then it has grown only through audited changes."));
        }, e -> { });
    }

    private static String describe(Optional<AuditEntryView> last) {
        if (last.isEmpty()) return "No changes yet";
        AuditEntryView e = last.get();
        String when;
        try {
            var t = Instant.parse(e.at()).atZone(ZoneId.systemDefault());
            when = Forms.date(t.toLocalDate()) + " " + String.format("%02d:%02d", t.getHour(), t.getMinute());
        } catch (RuntimeException ex) {
            when = e.at();
        }
        return "Last change " + when + " by " + e.who() + (e.why() == null || e.why().isBlank() ? "" : ": " + e.why());
    }

    private static Label status(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("status-item");
        // Items shrink with an ellipsis rather than widen the window; the full text is in the tooltip.
        l.setMinWidth(0);
        l.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        l.textProperty().addListener((o, a, text) -> {
            if (l.getTooltip() == null || l.getProperties().containsKey("textTip")) {
                l.setTooltip(text == null || text.isEmpty() ? null : new Tooltip(text));
                l.getProperties().put("textTip", Boolean.TRUE);
            }
        });
        return l;
    }

    private static Node sep() {
        Separator s = new Separator(javafx.geometry.Orientation.VERTICAL);
        s.getStyleClass().add("status-separator");
        return s;
    }
}
