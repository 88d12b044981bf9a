package org.waymark.app;

import org.waymark.app.regulation.Regulation;
import org.waymark.domain.FrameworkTag;
import org.waymark.domain.regulation.CarriedTags;
import org.waymark.domain.regulation.Coverage;
import org.waymark.domain.regulation.Crosswalk;
import org.waymark.domain.regulation.Framework;
import org.waymark.domain.regulation.FrameworkItem;
import org.waymark.domain.regulation.RegulationCatalogue;
import org.waymark.domain.regulation.StatementCoverage;
import org.waymark.store.PlanLoader;
import org.waymark.store.PlanStore;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plan's CQC framework and the tags that tie findings and actions to its items: tagging, moving the plan to
 * another framework (tags carried by the crosswalk, the rest flagged for review), and quality-statement coverage.
 */
public final class TagService {

    /** What a change of framework did: tags carried across, and tags left behind for someone to review. */
    public record FrameworkChange(int carried, int flagged, boolean official) {}

    private final PlanSession session;
    private final RegulationCatalogue catalogue;

    public TagService(PlanSession session) { this(session, Regulation.catalogue()); }

    public TagService(PlanSession session, RegulationCatalogue catalogue) {
        this.session = session;
        this.catalogue = catalogue;
    }

    /**
     * The plan's framework: the one it chose, else the one CQC used when the trust entered its regime (or today),
     * so a plan from before frameworks were data reads its findings against the framework of their day.
     */
    public Framework framework() {
        Optional<String> chosen = session.read(PlanLoader::framework);
        if (chosen.isPresent()) {
            return catalogue.framework(chosen.get()).orElseThrow(() -> new Refused("framework", "The plan's framework '" + chosen.get()
                    + "' is not in the regulation data. Put its file back in the regulation folder, or choose another framework."));
        }
        LocalDate day = session.plan().regimeHistory().enteredOn().orElse(session.today());
        return catalogue.frameworkInForce(day).or(() -> catalogue.frameworks().stream().findFirst())
                .orElseThrow(() -> new Refused("framework", "No CQC framework is in the regulation data."));
    }

    public List<FrameworkTag> tags() { return session.read(PlanLoader::tags); }

    /** Tags a finding with an item of the plan's framework, named by code or name ("S6", "Safe and effective staffing"). */
    public long tagFinding(long requirementId, String item) { return tag(new FrameworkTag(0, requirementId, null, "", "", false), item); }

    public long tagAction(long actionId, String item) { return tag(new FrameworkTag(0, null, actionId, "", "", false), item); }

    private long tag(FrameworkTag blank, String text) {
        Framework f = framework();
        FrameworkItem item = f.recognise(text).orElseThrow(() -> new Refused("tag", "'" + text + "' is not a " + f.itemKind().toLowerCase(java.util.Locale.UK)
                + " of " + f.name() + ". Give its code (for example " + f.items().get(0).code() + ") or its name."));
        FrameworkTag t = new FrameworkTag(0, blank.requirementId(), blank.actionId(), f.id(), item.code(), false);
        boolean already = tags().stream().anyMatch(x -> x.framework().equals(t.framework()) && x.code().equals(t.code())
                && java.util.Objects.equals(x.requirementId(), t.requirementId()) && java.util.Objects.equals(x.actionId(), t.actionId()));
        if (already) throw new Refused("tag", "It is already tagged " + item.code() + ".");
        return session.write("Tagged " + item.code(), tx -> PlanStore.insertTag(tx, t, "Tagged " + item.code() + " " + item.name()));
    }

    public void untag(long tagId) {
        session.write("Tag removed", tx -> {
            FrameworkTag t = PlanStore.tags(tx).stream().filter(x -> x.id() == tagId).findFirst()
                    .orElseThrow(() -> new Refused("tag", "That tag no longer exists. Reload the plan."));
            PlanStore.deleteTag(tx, t, "Tag removed");
            return null;
        });
    }

    /**
     * Moves the plan to another framework in one audited write. Each tag of the old framework goes through the
     * crosswalk: its new tags are added (flagged for review unless the mapping is the regulator's own) and the old
     * tag goes; a tag with no mapping stays, flagged, for someone to re-tag by hand.
     */
    public FrameworkChange changeFramework(String toId) {
        Framework from = framework();
        Framework to = catalogue.framework(toId).orElseThrow(() -> new Refused("framework",
                "There is no CQC framework '" + toId + "'. Run `waymark frameworks` to list them."));
        if (to.id().equals(from.id())) return new FrameworkChange(0, 0, true);
        Optional<Crosswalk> walk = catalogue.crosswalk(from.id(), to.id());
        String why = "Framework changed from " + from.name() + " to " + to.name()
                + walk.map(w -> w.official() ? " (official mapping)" : " (no official mapping: carried tags need review)").orElse(" (no mapping)");
        String before = session.read(PlanLoader::framework).orElse(null);
        return session.write(why, tx -> {
            int carried = 0, flagged = 0;
            for (FrameworkTag old : PlanStore.tags(tx)) {
                if (!old.framework().equals(from.id())) continue;
                CarriedTags c = walk.map(w -> w.carry(List.of(old.code()))).orElse(new CarriedTags(Set.of(), Set.of(old.code()), false));
                if (c.carried().isEmpty()) {
                    if (!old.needsReview()) PlanStore.updateTag(tx, old, old.withNeedsReview(true), why);
                    flagged++;
                    continue;
                }
                for (String code : c.carried().stream().sorted().toList()) {
                    PlanStore.insertTag(tx, new FrameworkTag(0, old.requirementId(), old.actionId(), to.id(), code, !c.official()), why);
                    carried++;
                }
                PlanStore.deleteTag(tx, old, why);
            }
            PlanStore.saveFramework(tx, before, to.id(), why);
            return new FrameworkChange(carried, flagged, walk.map(Crosswalk::official).orElse(false));
        });
    }

    /** Coverage of the plan's framework: findings, actions, BRAG and gaps for each of its items. */
    public List<StatementCoverage> coverage() {
        Framework f = framework();
        Map<Long, Set<String>> findings = new LinkedHashMap<>();
        Map<Long, Set<String>> actions = new LinkedHashMap<>();
        for (FrameworkTag t : tags()) {
            if (!t.framework().equals(f.id())) continue;
            if (t.requirementId() != null) findings.computeIfAbsent(t.requirementId(), k -> new LinkedHashSet<>()).add(t.code());
            else actions.computeIfAbsent(t.actionId(), k -> new LinkedHashSet<>()).add(t.code());
        }
        return Coverage.of(f, session.plan(), findings, actions, session.today());
    }
}
