package org.waymark.app.spc;

import org.waymark.app.PlanSession;
import org.waymark.app.Refused;
import org.waymark.domain.Metric;
import org.waymark.domain.spc.MetricSpc;
import org.waymark.store.SpcStore;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** A plan's metrics as SPC charts, and the audited recalculation of their limits. */
public final class SpcService {

    private final PlanSession session;

    public SpcService(PlanSession session) { this.session = session; }

    public List<MetricSpc> all() {
        return session.plan().metrics().stream().map(MetricSpc::of).toList();
    }

    /** The metric by exact name, ignoring case. */
    public Optional<Metric> metric(String name) {
        return session.plan().metrics().stream().filter(m -> m.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /**
     * Recalculates a metric's limits from a month, for a real step change. Refused without a reason, twice for
     * one month, or where it would leave a segment without observations.
     */
    public void recalculate(long metricId, YearMonth from, String reason) {
        Metric m = session.plan().metrics().stream().filter(x -> x.id() == metricId).findFirst()
                .orElseThrow(() -> new Refused("metric", "That metric no longer exists. Reload the plan."));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) throw new Refused("reason", "Say why the limits are recalculated: a real change in the process, such as a new service model.");
        if (from == null) throw new Refused("from", "Choose the month the new limits start from.");
        if (m.recalculations().stream().anyMatch(r -> YearMonth.from(r.from()).equals(from))) {
            throw new Refused("from", "The limits are already recalculated from " + from + ".");
        }
        if (m.observations().stream().noneMatch(p -> !p.period().isBefore(from)) || m.observations().stream().noneMatch(p -> p.period().isBefore(from))) {
            throw new Refused("from", "Recalculate from a month with observations both before and from it.");
        }
        session.write("SPC limits recalculated: " + why, tx -> {
            SpcStore.addRecalculation(tx, metricId, from, why);
            return null;
        });
    }

    public void removeRecalculation(long metricId, YearMonth from, String why) {
        boolean removed = session.write("SPC recalculation removed", tx -> SpcStore.removeRecalculation(tx, metricId, from, why));
        if (!removed) throw new Refused("from", "There is no recalculation from " + from + ".");
    }
}
