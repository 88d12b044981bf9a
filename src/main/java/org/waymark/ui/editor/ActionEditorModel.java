package org.waymark.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.waymark.app.ActionHistory;
import org.waymark.app.EditChecks;
import org.waymark.app.Refused;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.domain.BragResult;
import org.waymark.domain.DateRevision;
import org.waymark.domain.EvidenceItem;
import org.waymark.domain.Plan;
import org.waymark.domain.ProgressUpdate;
import org.waymark.ui.PlanContext;
import org.waymark.ui.command.Command;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The action editor's state and rules, with no controls: fields as properties, a message per field when a value
 * is refused (by this model's checks or by the app layer's {@link Refused}), and one method per edit, each
 * producing an undoable command. What the user typed is cleared only after the edit has been saved.
 */
public final class ActionEditorModel {

    /** Fields that have a message label in the editor; any other refusal shows at the top. */
    static final java.util.Set<String> SHOWN = java.util.Set.of("text", "progress", "status", "ref", "title", "start", "originalDue",
            "newDue", "reason", "interimControl", "approvedBy", "reference", "verifiedBy", "signedOffBy", "brag", "overrideReason");

    private final PlanContext ctx;
    private final ReadOnlyObjectWrapper<Action> action = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BragResult> brag = new ReadOnlyObjectWrapper<>();
    final ObservableList<ProgressUpdate> updates = FXCollections.observableArrayList();
    final ObservableList<EvidenceItem> evidence = FXCollections.observableArrayList();
    final ObservableList<DateRevision> revisions = FXCollections.observableArrayList();
    final ObservableList<ActionHistory.Line> history = FXCollections.observableArrayList();
    final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    // Details
    final StringProperty ref = new SimpleStringProperty("");
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty description = new SimpleStringProperty("");
    final ObjectProperty<Long> requirementId = new SimpleObjectProperty<>();
    final ObjectProperty<Long> themeId = new SimpleObjectProperty<>();
    final ObjectProperty<Long> executiveLeadId = new SimpleObjectProperty<>();
    final ObjectProperty<Long> operationalLeadId = new SimpleObjectProperty<>();
    final ObjectProperty<Long> committeeId = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> originalDue = new SimpleObjectProperty<>();
    final ObjectProperty<ActionStatus> status = new SimpleObjectProperty<>();
    // Updates
    final StringProperty updateText = new SimpleStringProperty("");
    final StringProperty updateProgress = new SimpleStringProperty("");
    // Dates
    final ObjectProperty<LocalDate> newDue = new SimpleObjectProperty<>();
    final StringProperty reason = new SimpleStringProperty("");
    final StringProperty interimControl = new SimpleStringProperty("");
    final StringProperty approvedBy = new SimpleStringProperty("");
    // Evidence and assurance
    final StringProperty evidenceKind = new SimpleStringProperty("Document");
    final StringProperty evidenceReference = new SimpleStringProperty("");
    final StringProperty evidenceDescription = new SimpleStringProperty("");
    final StringProperty verifiedBy = new SimpleStringProperty("");
    final StringProperty signedOffBy = new SimpleStringProperty("");
    final ObjectProperty<Long> signOffCommitteeId = new SimpleObjectProperty<>();
    // BRAG
    final ObjectProperty<Brag> bragChoice = new SimpleObjectProperty<>();
    final StringProperty overrideReason = new SimpleStringProperty("");

    public ActionEditorModel(PlanContext ctx) {
        this.ctx = ctx;
    }

    public ReadOnlyObjectProperty<Action> action() { return action.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<BragResult> brag() { return brag.getReadOnlyProperty(); }

    public PlanContext context() { return ctx; }

    /** The message for a field, or "" when it is fine; bound to the label beside that field. */
    public StringBinding error(String field) {
        return Bindings.createStringBinding(() -> errors.getOrDefault(field, ""), errors);
    }

    public String errorText(String field) { return errors.getOrDefault(field, ""); }

    /** Shows an action. Typed-but-unsaved input in the new-update, revision and evidence forms is kept when it is the same action. */
    public void load(Plan plan, long actionId) {
        Action a = plan.action(actionId).orElse(null);
        Action previous = action.get();
        boolean same = previous != null && a != null && previous.id() == a.id();
        action.set(a);
        if (a == null) return;
        if (!same) {
            errors.clear();
            clearInputs();
        }
        brag.set(plan.brag(a, ctx.session().today()));
        // Fields the user may be editing are refreshed only when the stored value moved, so typing survives reloads.
        // ...and never over what the user has typed: someone else's change to a detail they are editing is
        // announced by the editor's warning bar instead, and their text stays for them to save or drop.
        if (!same || (!sameDetails(previous, a) && !typedOver(previous))) {
            ref.set(a.ref());
            title.set(a.title());
            description.set(a.description() == null ? "" : a.description());
            requirementId.set(a.requirementId());
            themeId.set(a.themeId());
            executiveLeadId.set(a.executiveLeadId());
            operationalLeadId.set(a.operationalLeadId());
            committeeId.set(a.committeeId());
            start.set(a.start());
            originalDue.set(a.originalDue());
        }
        if (!same || previous.status() != a.status()) status.set(a.status());
        if (!same || !java.util.Objects.equals(previous.override(), a.override())) bragChoice.set(a.override() == null ? null : a.override().brag());
        if (signOffCommitteeId.get() == null) signOffCommitteeId.set(a.committeeId());
        updates.setAll(plan.updatesOf(actionId).stream()
                .sorted(Comparator.comparing(ProgressUpdate::postedOn).thenComparing(ProgressUpdate::id).reversed()).toList());
        evidence.setAll(plan.evidenceOf(actionId));
        revisions.setAll(plan.revisionsOf(actionId).stream().sorted(Comparator.comparing(DateRevision::id).reversed()).toList());
        long id = actionId;
        ctx.executor().run("Reading the history…", () -> new ActionHistory(ctx.session()).of(id), rows -> {
            if (action.get() != null && action.get().id() == id) history.setAll(rows);
        }, e -> history.clear());
    }

    /** Whether anything typed here is not saved yet: details changed, or a new update or revision begun. */
    public boolean hasTyping() {
        Action shown = action.get();
        return (shown != null && typedOver(shown)) || !updateText.get().isBlank() || !reason.get().isBlank();
    }

    /** Whether the details fields hold something other than {@code shown}, the action as last loaded: the user's typing. */
    boolean typedOver(Action shown) {
        return !shown.ref().equals(ref.get()) || !shown.title().equals(title.get())
                || !java.util.Objects.equals(shown.description() == null ? "" : shown.description(), description.get())
                || !java.util.Objects.equals(shown.requirementId(), requirementId.get()) || !java.util.Objects.equals(shown.themeId(), themeId.get())
                || !java.util.Objects.equals(shown.executiveLeadId(), executiveLeadId.get())
                || !java.util.Objects.equals(shown.operationalLeadId(), operationalLeadId.get())
                || !java.util.Objects.equals(shown.committeeId(), committeeId.get()) || !java.util.Objects.equals(shown.start(), start.get())
                || !java.util.Objects.equals(shown.originalDue(), originalDue.get());
    }

    private static boolean sameDetails(Action x, Action y) {
        return x.ref().equals(y.ref()) && x.title().equals(y.title()) && java.util.Objects.equals(x.description(), y.description())
                && java.util.Objects.equals(x.requirementId(), y.requirementId()) && java.util.Objects.equals(x.themeId(), y.themeId())
                && java.util.Objects.equals(x.executiveLeadId(), y.executiveLeadId()) && java.util.Objects.equals(x.operationalLeadId(), y.operationalLeadId())
                && java.util.Objects.equals(x.committeeId(), y.committeeId()) && java.util.Objects.equals(x.start(), y.start())
                && java.util.Objects.equals(x.originalDue(), y.originalDue());
    }

    private void clearInputs() {
        updateText.set("");
        updateProgress.set("");
        newDue.set(null);
        reason.set("");
        interimControl.set("");
        approvedBy.set("");
        evidenceReference.set("");
        evidenceDescription.set("");
        verifiedBy.set("");
        signedOffBy.set("");
        signOffCommitteeId.set(null);
        overrideReason.set("");
    }

    // ---- edits -------------------------------------------------------------------------------------------

    public boolean postUpdate() {
        clear("text", "progress");
        Integer progress = null;
        String p = updateProgress.get() == null ? "" : updateProgress.get().replace("%", "").strip();
        if (!p.isEmpty()) {
            try {
                progress = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                return refuse("progress", "Progress is a whole number from 0 to 100.");
            }
        }
        if (!passes(EditChecks.update(updateText.get(), progress))) return false;
        return submit(ctx.edits().postUpdate(id(), updateText.get(), progress), () -> { updateText.set(""); updateProgress.set(""); });
    }

    public boolean changeStatus() {
        clear("status");
        if (status.get() == null) return refuse("status", "Choose a status.");
        if (status.get() == action.get().status()) return refuse("status", "The action is already " + status.get().label() + ".");
        return submit(ctx.edits().changeStatus(id(), status.get()), null);
    }

    public boolean saveDetails() {
        clear("ref", "title", "originalDue", "start");
        if (blank(ref.get())) return refuse("ref", "Give the action a reference, e.g. WN1.3.");
        if (blank(title.get())) return refuse("title", "Give the action a title.");
        Action a = action.get();
        LocalDate due = a.originalDue() == null ? originalDue.get() : a.originalDue();
        if (start.get() != null && due != null && due.isBefore(start.get())) return refuse("start", "The action cannot start after it is due (" + org.waymark.ui.widgets.Forms.date(due) + ").");
        Action edited = new Action(a.id(), ref.get().strip(), title.get().strip(), description.get(), requirementId.get(), themeId.get(),
                executiveLeadId.get(), operationalLeadId.get(), committeeId.get(), start.get(), due, a.currentDue(), a.status(), a.progress(),
                a.override(), a.signOff());
        if (edited.equals(a)) return refuse("title", "Nothing has changed.");
        return submit(ctx.edits().editDetails(a, edited), null);
    }

    /** A revision is refused without a reason, an interim control and an approver: boards need all three. */
    public boolean reviseDueDate() {
        clear("newDue", "reason", "interimControl", "approvedBy");
        if (!passes(EditChecks.revision(action.get(), newDue.get(), reason.get(), interimControl.get(), approvedBy.get(), ctx.session().today()))) return false;
        return submit(ctx.edits().reviseDueDate(id(), newDue.get(), reason.get(), interimControl.get(), approvedBy.get()), this::clearRevision);
    }

    /** Asks for a new date: the action waits, Amber, for someone allowed to approve it; the due date moves only then. */
    public boolean requestRevision() {
        clear("newDue", "reason", "interimControl", "approvedBy");
        if (!passes(EditChecks.request(action.get(), newDue.get(), reason.get(), interimControl.get(), ctx.session().today()))) return false;
        return submit(ctx.edits().requestRevision(id(), newDue.get(), reason.get(), interimControl.get()), this::clearRevision);
    }

    private void clearRevision() {
        newDue.set(null);
        reason.set("");
        interimControl.set("");
        approvedBy.set("");
    }

    public boolean addEvidence() {
        clear("reference");
        if (!passes(EditChecks.evidence(evidenceReference.get()))) return false;
        return submit(ctx.edits().addEvidence(id(), evidenceKind.get(), evidenceReference.get(), evidenceDescription.get()), () -> {
            evidenceReference.set("");
            evidenceDescription.set("");
        });
    }

    public boolean verifyEvidence(EvidenceItem item) {
        clear("verifiedBy");
        if (item == null) return refuse("verifiedBy", "Choose the evidence item to verify.");
        if (item.verified()) return refuse("verifiedBy", "That item is already verified.");
        if (!passes(EditChecks.verification(verifiedBy.get()))) return false;
        return submit(ctx.edits().verifyEvidence(item, verifiedBy.get()), () -> verifiedBy.set(""));
    }

    public boolean signOff() {
        clear("signedOffBy");
        if (!passes(EditChecks.signOff(signedOffBy.get()))) return false;
        return submit(ctx.edits().signOff(id(), signedOffBy.get(), signOffCommitteeId.get()), () -> signedOffBy.set(""));
    }

    /** Blue is refused here, with the reason, until evidence is verified and signed off; the app layer checks again. */
    public boolean setBrag() {
        clear("brag", "overrideReason");
        Brag b = bragChoice.get();
        if (b == null) {
            if (action.get().override() == null) return refuse("brag", "BRAG is already worked out automatically.");
            return submit(ctx.edits().clearOverride(id()), () -> overrideReason.set(""));
        }
        if (b == Brag.BLUE && !passes(EditChecks.blue(action.get(), List.copyOf(evidence)))) return false;
        if (!passes(EditChecks.override(overrideReason.get()))) return false;
        return submit(ctx.edits().overrideBrag(id(), b, overrideReason.get()), () -> overrideReason.set(""));
    }

    // ---- plumbing ----------------------------------------------------------------------------------------

    private boolean submit(Command c, Runnable onSaved) {
        if (action.get() == null) return false;
        ctx.perform(c, () -> {
            if (onSaved != null) onSaved.run();
        }, e -> {
            if (e instanceof Refused r) {
                passes(List.of(r));
            } else {
                errors.put("general", e.getMessage() == null ? e.toString() : e.getMessage());
            }
        });
        return true;
    }

    private long id() { return action.get().id(); }

    /** Shows every problem the app's rules find, each beside its field; true when there are none. */
    private boolean passes(List<Refused> problems) {
        for (Refused r : problems) errors.put(r.field() != null && SHOWN.contains(r.field()) ? r.field() : "general", r.getMessage());
        return problems.isEmpty();
    }

    private boolean refuse(String field, String message) {
        errors.put(field, message);
        return false;
    }

    private void clear(String... fields) {
        for (String f : fields) errors.remove(f);
        errors.remove("general");
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
