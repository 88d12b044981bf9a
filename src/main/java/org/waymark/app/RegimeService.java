package org.waymark.app;

import org.waymark.app.regulation.Regulation;
import org.waymark.domain.RegimeEntry;
import org.waymark.domain.RegimeEvent;
import org.waymark.domain.RegimeHistory;
import org.waymark.domain.regulation.RegimeDefinition;
import org.waymark.domain.regulation.RegimeStatus;
import org.waymark.domain.regulation.RegimeStep;
import org.waymark.domain.regulation.RegulationCatalogue;
import org.waymark.store.PlanStore;

import java.util.List;
import java.util.Optional;

/**
 * The plan's regime history: entering a regime, moving segment and leaving, each a dated, audited step checked
 * against the regime data, and the words for where the trust stands now.
 */
public final class RegimeService {

    private final PlanSession session;
    private final RegulationCatalogue catalogue;

    public RegimeService(PlanSession session) { this(session, Regulation.catalogue()); }

    public RegimeService(PlanSession session, RegulationCatalogue catalogue) {
        this.session = session;
        this.catalogue = catalogue;
    }

    /** Where the trust stands now, or empty when it is in no regime. */
    public Optional<RegimeStatus> status() { return RegimeStatus.of(session.plan().regimeHistory(), catalogue); }

    /** Every step of the regime history, worded from the regime data (the pack's table and the timeline's markers). */
    public List<RegimeStep> steps() { return RegimeStep.of(session.plan().regimeHistory(), catalogue); }

    /** Records one step; returns the new entry's id. */
    public long record(RegimeEntry step) {
        check(session.plan().regimeHistory(), step, catalogue);
        String why = step.event().label() + " " + step.regime() + (step.segment() == null ? "" : " segment " + step.segment());
        return session.write(why, tx -> PlanStore.insertRegimeEntry(tx, step, why));
    }

    /** Takes back the latest step (Edit › Undo); an earlier one stays, because later steps were read against it. */
    public void undo(long id) {
        List<RegimeEntry> all = session.plan().regimeHistory().entries();
        if (all.isEmpty() || all.get(all.size() - 1).id() != id) {
            throw new Refused("regime", "Only the latest step of the regime history can be undone.");
        }
        RegimeEntry last = all.get(all.size() - 1);
        session.write("Undo: " + last.event().label().toLowerCase(java.util.Locale.UK) + " " + last.regime(),
                tx -> { PlanStore.deleteRegimeEntry(tx, last, "Undo"); return null; });
    }

    /** Refuses a step the history or the regime data does not allow, saying what to do instead. */
    public static void check(RegimeHistory history, RegimeEntry step, RegulationCatalogue catalogue) {
        history.refusal(step).ifPresent(why -> { throw new Refused("regime", why); });
        RegimeDefinition def = catalogue.regime(step.regime()).orElseThrow(() -> new Refused("regime",
                "There is no regime '" + step.regime() + "'. Run `waymark frameworks` to list the regimes."));
        if (step.event() == RegimeEvent.LEFT) return;
        if (def.segments().isEmpty() && step.segment() != null) {
            throw new Refused("segment", def.name() + " has no segments; leave the segment empty.");
        }
        if (!def.segments().isEmpty() && (step.segment() == null || def.segment(step.segment()).isEmpty())) {
            throw new Refused("segment", "Choose the segment of " + def.name() + " (" + String.join(", ",
                    def.segments().stream().map(s -> s.code()).toList()) + ").");
        }
    }
}
