package org.waymark.ui.editor;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.waymark.app.EditChecks;
import org.waymark.domain.Action;
import org.waymark.domain.Brag;
import org.waymark.ui.shell.DialogService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the action editor honest: a field's message goes as soon as the field is changed or its cause is gone, an
 * unapplied change is never dropped without asking, and Ctrl+Enter applies the form the cursor is in.
 */
final class EditorGuards {

    static final ButtonType APPLY = new ButtonType("Apply", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);

    private EditorGuards() {}

    /** Each message clears when its field is edited; the Blue refusal clears once the action is assured or Blue. */
    static void clearStaleErrors(ActionEditorModel m) {
        Map<String, ObservableValue<?>> fields = Map.ofEntries(Map.entry("ref", m.ref), Map.entry("title", m.title), Map.entry("start", m.start),
                Map.entry("originalDue", m.originalDue), Map.entry("status", m.status), Map.entry("newDue", m.newDue), Map.entry("reason", m.reason),
                Map.entry("interimControl", m.interimControl), Map.entry("approvedBy", m.approvedBy), Map.entry("reference", m.evidenceReference),
                Map.entry("verifiedBy", m.verifiedBy), Map.entry("signedOffBy", m.signedOffBy), Map.entry("brag", m.bragChoice),
                Map.entry("overrideReason", m.overrideReason), Map.entry("text", m.updateText), Map.entry("progress", m.updateProgress));
        fields.forEach((key, value) -> value.addListener((o, a, b) -> m.errors.remove(key)));
        Runnable blueCheck = () -> {
            Action action = m.action().get();
            if (action == null || !m.errors.containsKey("brag")) return;
            if (m.brag().get() != null && m.brag().get().brag() == Brag.BLUE) { m.errors.remove("brag"); return; }
            // While a reason still holds, its message stays.
            if (EditChecks.blue(action, List.copyOf(m.evidence)).isEmpty()) m.errors.remove("brag");
        };
        m.action().addListener((o, a, b) -> blueCheck.run());
        m.brag().addListener((o, a, b) -> blueCheck.run());
        m.evidence.addListener((javafx.collections.ListChangeListener<Object>) c -> blueCheck.run());
    }

    /** What has been chosen or typed but not applied, in words; empty when closing loses nothing. */
    static List<String> unapplied(ActionEditorModel m) {
        Action a = m.action().get();
        List<String> out = new ArrayList<>();
        if (a == null) return out;
        if (m.status.get() != null && m.status.get() != a.status()) out.add("the status " + m.status.get().label());
        if (!Objects.equals(m.ref.get(), a.ref()) || !Objects.equals(m.title.get(), a.title())
                || !Objects.equals(m.description.get(), a.description() == null ? "" : a.description())
                || !Objects.equals(m.requirementId.get(), a.requirementId()) || !Objects.equals(m.themeId.get(), a.themeId())
                || !Objects.equals(m.executiveLeadId.get(), a.executiveLeadId()) || !Objects.equals(m.operationalLeadId.get(), a.operationalLeadId())
                || !Objects.equals(m.committeeId.get(), a.committeeId()) || !Objects.equals(m.start.get(), a.start())
                || (a.originalDue() == null && m.originalDue.get() != null)) out.add("the details");
        Brag set = a.override() == null ? null : a.override().brag();
        if (m.bragChoice.get() != set) out.add("the BRAG " + (m.bragChoice.get() == null ? "Automatic" : m.bragChoice.get().label()));
        if (!blank(m.updateText.get())) out.add("the progress update");
        if (m.newDue.get() != null || !blank(m.reason.get()) || !blank(m.interimControl.get())) out.add("the due date revision");
        if (!blank(m.evidenceReference.get())) out.add("the evidence reference");
        return out;
    }

    /** Applies each unapplied change; false if any was refused, so the editor stays open showing why. */
    static boolean applyAll(ActionEditorModel m) {
        Action a = m.action().get();
        boolean ok = true;
        List<String> pending = unapplied(m);
        if (pending.contains("the details")) ok &= m.saveDetails();
        if (m.status.get() != null && m.status.get() != a.status()) ok &= m.changeStatus();
        if (pending.stream().anyMatch(p -> p.startsWith("the BRAG"))) ok &= m.setBrag();
        if (pending.contains("the progress update")) ok &= m.postUpdate();
        if (pending.contains("the due date revision")) ok &= blank(m.approvedBy.get()) ? m.requestRevision() : m.reviseDueDate();
        if (pending.contains("the evidence reference")) ok &= m.addEvidence();
        return ok;
    }

    /**
     * Asks before closing over unapplied changes. Runs {@code close} when nothing would be lost, after Discard, or
     * after Apply succeeded; Cancel (or closing the question) keeps the editor open.
     */
    static void closeSafely(ActionEditorModel m, DialogService dialogs, Runnable close) {
        List<String> pending = unapplied(m);
        if (pending.isEmpty() || m.context().session().readOnly()) { close.run(); return; }
        Dialog<ButtonType> ask = new Dialog<>();
        ask.setTitle("Unapplied changes");
        ask.setHeaderText("Apply your changes before closing?");
        ask.setContentText("You changed " + String.join(", ", pending) + " but did not apply " + (pending.size() == 1 ? "it" : "them") + ".");
        ask.getDialogPane().getButtonTypes().addAll(APPLY, DISCARD, ButtonType.CANCEL);
        Optional<ButtonType> answer = dialogs.show(ask);
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) return;
        if (answer.get() == DISCARD || applyAll(m)) close.run();
    }

    /** Ctrl+Enter in any of {@code fields} presses {@code apply}. */
    static void ctrlEnter(Button apply, Node... fields) { ctrlEnter(() -> apply, fields); }

    /** Ctrl+Enter in any of {@code fields} presses the button {@code apply} names at that moment. */
    static void ctrlEnter(java.util.function.Supplier<Button> apply, Node... fields) {
        for (Node f : fields) {
            f.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                Button b = apply.get();
                if (e.getCode() == KeyCode.ENTER && e.isShortcutDown() && !b.isDisabled()) {
                    b.fire();
                    e.consume();
                }
            });
        }
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
