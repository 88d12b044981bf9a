package org.waymark.app;

import org.waymark.domain.BragKey;
import org.waymark.domain.Organisation;
import org.waymark.store.PlanStore;

/**
 * Plan settings kept in the plan file, so everyone who opens it sees the same: the organisation (its regime is
 * {@link RegimeService}'s) and the BRAG key with its thresholds. Each save is one audited change.
 */
public final class SettingsService {

    private final PlanSession session;

    public SettingsService(PlanSession session) { this.session = session; }

    public void saveOrganisation(Organisation before, Organisation after) {
        if (after.name() == null || after.name().isBlank()) throw new Refused("name", "Give the organisation's name.");
        if (after.equals(before)) return;
        session.write("Organisation settings", tx -> { PlanStore.saveOrganisation(tx, before, after, "Organisation settings"); return null; });
    }

    public void saveBragKey(BragKey before, BragKey after) {
        if (after.warningWindowDays() > 365) throw new Refused("warningWindowDays", "The warning window is at most 365 days.");
        if (after.meanings().values().stream().anyMatch(m -> m == null || m.isBlank())) {
            throw new Refused("meanings", "Say what each BRAG colour means in this trust.");
        }
        if (after.equals(before)) return;
        session.write("BRAG key settings", tx -> { PlanStore.saveBragKey(tx, before, after, "BRAG key settings"); return null; });
    }
}
