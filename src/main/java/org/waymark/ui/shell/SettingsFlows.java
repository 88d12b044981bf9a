package org.waymark.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Parent;
import org.waymark.app.EvidenceFileService;
import org.waymark.app.Identity;
import org.waymark.app.PlanSession;
import org.waymark.app.infra.Preferences;
import org.waymark.app.infra.PreferencesStore;
import org.waymark.domain.BragKey;
import org.waymark.domain.Organisation;
import org.waymark.ui.PlanContext;
import org.waymark.ui.command.Command;
import org.waymark.ui.command.Commands;
import org.waymark.ui.people.WhoAreYouDialog;
import org.waymark.ui.settings.FrameworkForm;
import org.waymark.ui.settings.PlanSettingsDialog;
import org.waymark.ui.settings.PreferencesDialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The main window's settings flows: who the user is, preferences, the plan's settings, theme and zoom. Preferences
 * are saved off the FX thread; a change of name applies to the open plan's audit trail at once.
 */
final class SettingsFlows {

    /** What the flows need from the window. */
    interface Host {
        Optional<PlanContext> context();
        /** The plan's settings were saved: the window title names the organisation. */
        void updateTitle();
    }

    private final Parent root;
    private final StatusBar statusBar;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final ObjectProperty<Preferences> preferences;
    private final PreferencesStore store;
    private final Host host;

    SettingsFlows(Parent root, StatusBar statusBar, BackgroundExecutor executor, DialogService dialogs, ErrorReporter errors,
                  ObjectProperty<Preferences> preferences, PreferencesStore store, Host host) {
        this.root = root;
        this.statusBar = statusBar;
        this.executor = executor;
        this.dialogs = dialogs;
        this.errors = errors;
        this.preferences = preferences;
        this.store = store;
        this.host = host;
    }

    /** Keeps the preferences in memory at once and on disk in the background; no store (screenshots, tests) keeps them in memory only. */
    void save(Preferences p) {
        preferences.set(p);
        if (store != null) executor.run(null, () -> { store.save(p); return null; }, r -> { }, errors::log);
    }

    /** The audit trail's name for this user: "Jane Smith (jsmith)", or the computer account until they say. */
    private String who() { return Identity.who(preferences.get().userName()); }

    /** First use: who is making the changes. Picking or adding yourself is remembered and applies at once. */
    void askWhoYouAre(PlanContext ctx) {
        PlanSession session = ctx.session();
        executor.run(null, session::plan, plan -> dialogs.show(WhoAreYouDialog.of(plan.people())).ifPresent(answer -> {
            save(preferences.get().withUserName(answer.person().name()));
            session.actAs(who());
            statusBar.showUser(session.user());
            if (answer.isNew()) ctx.perform(ctx.edits().addPerson(answer.person()), null,
                    e -> dialogs.error("You were not added to the plan's people", e.getMessage()));
        }));
    }

    void setTheme(String theme) {
        Theme.apply(theme);
        Theme.decorate(root);
        save(preferences.get().withTheme(Theme.current()));
    }

    void zoomIn() { setZoom(UiZoom.larger(UiZoom.percent())); }

    void zoomOut() { setZoom(UiZoom.smaller(UiZoom.percent())); }

    void zoomReset() { setZoom(Preferences.MIN_ZOOM); }

    /** View › Zoom: scales the whole window and remembers the size for next time. */
    void setZoom(int percent) {
        UiZoom.set(percent);
        Theme.decorate(root);
        save(preferences.get().withZoom(UiZoom.percent()));
    }

    void showPreferences() {
        new PreferencesDialog(preferences.get()).show(dialogs).ifPresent(p -> {
            boolean themeChanged = !p.theme().equals(preferences.get().theme());
            save(p);
            if (themeChanged) setTheme(p.theme());
            host.context().filter(ctx -> !ctx.session().readOnly()).ifPresent(ctx -> {
                ctx.session().actAs(who());
                statusBar.showUser(ctx.session().user());
            });
        });
    }

    /** Plan settings; if the plan refuses them, the dialog comes back with what was typed and the reason. */
    void showPlanSettings(PlanSettingsDialog.Settings draft, String problem) {
        PlanContext ctx = host.context().orElse(null);
        if (ctx == null) return;
        record Read(org.waymark.domain.Plan plan, int limit, boolean secondPerson, FrameworkForm.Choice frameworks) {}
        executor.run(null, () -> new Read(ctx.session().plan(), new EvidenceFileService(ctx.session()).limitMb(),
                new org.waymark.app.RevisionRequests(ctx.session()).approverMustDiffer(), FrameworkForm.Choice.read(ctx.session())), read -> {
            var plan = read.plan();
            int limit = read.limit();
            Organisation org = draft == null ? plan.organisation() : draft.organisation();
            BragKey key = draft == null ? plan.bragKey() : draft.bragKey();
            int draftLimit = draft == null ? limit : draft.evidenceLimitMb();
            var step = draft == null ? null : draft.regimeStep();
            var framework = draft == null ? null : draft.framework();
            boolean secondPerson = draft == null ? read.secondPerson() : draft.approverMustDiffer();
            dialogs.show(PlanSettingsDialog.create(org, plan.regimeHistory(), step, key, draftLimit, secondPerson, read.frameworks(), framework, problem)).ifPresent(s -> {
                List<Command> changes = new ArrayList<>();
                if (!s.organisation().equals(plan.organisation())) changes.add(ctx.edits().editOrganisation(plan.organisation(), s.organisation()));
                if (!s.bragKey().equals(plan.bragKey())) changes.add(ctx.edits().editBragKey(plan.bragKey(), s.bragKey()));
                if (s.evidenceLimitMb() != limit) changes.add(ctx.edits().editEvidenceLimit(limit, s.evidenceLimitMb()));
                if (s.approverMustDiffer() != read.secondPerson()) changes.add(ctx.edits().editApproverMustDiffer(read.secondPerson(), s.approverMustDiffer()));
                if (s.regimeStep() != null) changes.add(ctx.edits().recordRegimeStep(s.regimeStep()));
                if (s.framework() != null) changes.add(ctx.edits().changeFramework(s.framework()));
                // One undo step for the form, however many of its settings changed.
                if (!changes.isEmpty()) ctx.perform(Commands.group("plan settings", changes), host::updateTitle, e -> showPlanSettings(s, e.getMessage()));
            });
        });
    }
}
