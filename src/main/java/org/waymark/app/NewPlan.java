package org.waymark.app;

import org.waymark.domain.RegimeEntry;
import org.waymark.domain.RegimeHistory;
import org.waymark.domain.regulation.RegulationCatalogue;
import org.waymark.store.PlanStore;

import java.nio.file.Path;
import java.time.Clock;

/**
 * A new plan that starts in a regime and a CQC framework. Both are checked against the regulation data before the
 * file is made, so a wrong id leaves nothing behind; then they are written with the plan's first audited write.
 */
public final class NewPlan {

    private NewPlan() {}

    /** @param regime the entry into the regime, or null; @param framework a framework's id, or null */
    public static PlanSession create(Path file, String organisation, String user, Clock clock, RegimeEntry regime, String framework,
                                     RegulationCatalogue catalogue) {
        if (regime != null) RegimeService.check(RegimeHistory.empty(), regime, catalogue);
        if (framework != null && catalogue.framework(framework).isEmpty()) {
            throw new Refused("framework", "There is no CQC framework '" + framework + "'. Run `waymark frameworks` to list them.");
        }
        return PlanSession.create(file, organisation, user, clock, tx -> {
            if (regime != null) PlanStore.insertRegimeEntry(tx, regime, "Plan created");
            if (framework != null) PlanStore.saveFramework(tx, null, framework, "Plan created");
            return null;
        });
    }
}
