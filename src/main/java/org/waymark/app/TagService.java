package org.waymark.app;

import org.waymark.app.regulation.Regulation;
import org.waymark.domain.FrameworkTag;
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
        return session.write("Tagged " + item.code(), tx -> {
            // Checked inside the write, so two people tagging at once cannot both pass it.
            if (PlanStore.sameTag(tx, t).isPresent()) throw new Refused("tag", "It is already tagged " + item.code() + ".");
            return PlanStore.insertTag(tx, t, "Tagged " + item.code() + " " + item.name());
        });
    }

    /**
     * Removes a tag named by what it tags (its finding or action, framework and code), so an undo that put a tag
     * back under a new id still finds it.
     */
    public void untag(FrameworkTag tag) {
        session.write("Tag removed", tx -> { PlanStore.deleteTag(tx, stored(tx, tag), "Tag removed " + tag.code()); return null; });
    }

    /** Puts a removed tag back as it was, flag and all (the undo of a removal). */
    public void retag(FrameworkTag tag) {
        session.write("Tag put back", tx -> {
            if (PlanStore.sameTag(tx, tag).isPresent()) throw new Refused("tag", "It is already tagged " + tag.code() + ".");
            return PlanStore.insertTag(tx, new FrameworkTag(0, tag.requirementId(), tag.actionId(), tag.framework(), tag.code(), tag.needsReview()),
                    "Tag put back " + tag.code());
        });
    }

    /** Confirms a tag flagged for review ({@code needsReview} false), or flags it again (the undo). */
    public void review(FrameworkTag tag, boolean needsReview) {
        String why = needsReview ? "Tag flagged for review again " + tag.code() : "Tag confirmed after review " + tag.code();
        session.write(why, tx -> {
            FrameworkTag t = stored(tx, tag);
            if (t.needsReview() != needsReview) PlanStore.updateTag(tx, t, t.withNeedsReview(needsReview), why);
            return null;
        });
    }

    private static FrameworkTag stored(org.waymark.store.Tx tx, FrameworkTag tag) {
        return PlanStore.sameTag(tx, tag).orElseThrow(() -> new Refused("tag", "That tag (" + tag.code() + ") is no longer there. Reload the plan."));
    }

    /** What a tag tags: the unique key of {@code framework_tag}. */
    static String key(FrameworkTag t) { return t.requirementId() + "/" + t.actionId() + "/" + t.framework() + "/" + t.code(); }

    /**
     * What moving to {@code toId} would do, without writing: the same plan of carries {@link #changeFramework} writes,
     * so the preview in Plan settings cannot disagree with the change.
     */
    public FrameworkChange preview(String toId) {
        Framework from = framework();
        Framework to = target(toId);
        if (to.id().equals(from.id())) return new FrameworkChange(0, 0, true);
        return FrameworkMove.of(tags(), from.id(), to.id(), catalogue.crosswalk(from.id(), to.id())).change();
    }

    /**
     * Moves the plan to another framework in one audited write. Each tag of the old framework goes through the
     * crosswalk: its new tags are added (flagged for review unless the mapping is the regulator's own) and the old
     * tag goes; a tag with no mapping stays, flagged, for someone to re-tag by hand.
     */
    public FrameworkChange changeFramework(String toId) {
        Framework from = framework();
        Framework to = target(toId);
        if (to.id().equals(from.id())) return new FrameworkChange(0, 0, true);
        Optional<Crosswalk> walk = catalogue.crosswalk(from.id(), to.id());
        String why = "Framework changed from " + from.name() + " to " + to.name()
                + walk.map(w -> w.official() ? " (official mapping)" : " (no official mapping: carried tags need review)").orElse(" (no mapping)");
        String before = session.read(PlanLoader::framework).orElse(null);
        return session.write(why, tx -> {
            FrameworkMove move = FrameworkMove.of(PlanStore.tags(tx), from.id(), to.id(), walk);
            for (FrameworkTag t : move.flag()) PlanStore.updateTag(tx, t, t.withNeedsReview(true), why);
            for (FrameworkTag t : move.add()) PlanStore.insertTag(tx, t, why);
            for (FrameworkTag t : move.remove()) PlanStore.deleteTag(tx, t, why);
            PlanStore.saveFramework(tx, before, to.id(), why);
            return move.change();
        });
    }

    /**
     * Puts the plan's tags and framework back as they were (the undo of a change of framework), in one audited
     * write: tags are matched by what they tag, not by id, so only what differs is written.
     */
    public void restore(List<FrameworkTag> was, String frameworkId, String why) {
        String before = session.read(PlanLoader::framework).orElse(null);
        session.write(why, tx -> {
            Map<String, FrameworkTag> now = new LinkedHashMap<>();
            for (FrameworkTag t : PlanStore.tags(tx)) now.put(key(t), t);
            Map<String, FrameworkTag> wanted = new LinkedHashMap<>();
            for (FrameworkTag t : was) wanted.put(key(t), t);
            for (FrameworkTag t : now.values()) if (!wanted.containsKey(key(t))) PlanStore.deleteTag(tx, t, why);
            for (FrameworkTag t : wanted.values()) {
                FrameworkTag stored = now.get(key(t));
                if (stored == null) PlanStore.insertTag(tx, new FrameworkTag(0, t.requirementId(), t.actionId(), t.framework(), t.code(), t.needsReview()), why);
                else if (stored.needsReview() != t.needsReview()) PlanStore.updateTag(tx, stored, stored.withNeedsReview(t.needsReview()), why);
            }
            if (!frameworkId.equals(before)) PlanStore.saveFramework(tx, before, frameworkId, why);
            return null;
        });
    }

    private Framework target(String toId) {
        return catalogue.framework(toId).orElseThrow(() -> new Refused("framework",
                "There is no CQC framework '" + toId + "'. Run `waymark frameworks` to list them."));
    }

    /** Coverage of the plan's framework: findings, actions, BRAG and gaps for each of its items. */
    public List<StatementCoverage> coverage() { return coverage(framework(), tags()); }

    /** The same from the plan's framework and tags already read: the overview reads both once for all its uses. */
    public List<StatementCoverage> coverage(Framework f, List<FrameworkTag> tags) {
        Map<Long, Set<String>> findings = new LinkedHashMap<>();
        Map<Long, Set<String>> actions = new LinkedHashMap<>();
        for (FrameworkTag t : tags) {
            if (!t.framework().equals(f.id())) continue;
            if (t.requirementId() != null) findings.computeIfAbsent(t.requirementId(), k -> new LinkedHashSet<>()).add(t.code());
            else actions.computeIfAbsent(t.actionId(), k -> new LinkedHashSet<>()).add(t.code());
        }
        return Coverage.of(f, session.plan(), findings, actions, session.today());
    }
}
