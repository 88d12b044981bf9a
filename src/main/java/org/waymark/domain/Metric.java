package org.waymark.domain;

import org.waymark.domain.spc.Recalculation;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A measure the board tracks, with its versioned definitions, observations and planned trajectory, and the
 * months from which its SPC limits were recalculated (each with its reason).
 */
public record Metric(long id, String name, String unit, Direction direction, List<MetricDefinition> definitions,
                     List<MetricPoint> observations, List<MetricPoint> trajectory, List<Recalculation> recalculations) {

    public Metric(long id, String name, String unit, Direction direction, List<MetricDefinition> definitions,
                  List<MetricPoint> observations, List<MetricPoint> trajectory) {
        this(id, name, unit, direction, definitions, observations, trajectory, List.of());
    }

    public Metric {
        recalculations = recalculations.stream().sorted(Comparator.comparing(Recalculation::from)).toList();
        definitions = definitions.stream().sorted(Comparator.comparing(MetricDefinition::effectiveFrom)).toList();
        observations = observations.stream().sorted(Comparator.comparing(MetricPoint::period)).toList();
        trajectory = trajectory.stream().sorted(Comparator.comparing(MetricPoint::period)).toList();
    }

    public Optional<MetricDefinition> definitionAt(YearMonth period) {
        MetricDefinition found = null;
        for (MetricDefinition d : definitions) {
            if (!d.effectiveFrom().isAfter(period)) found = d;
        }
        return Optional.ofNullable(found);
    }

    public boolean atTarget(MetricPoint p) {
        return definitionAt(p.period()).map(d -> (d.direction() == null ? direction : d.direction()).meets(p.value(), d.target())).orElse(false);
    }

    /** The unit in force for a period: definitions may change it (per cent, then minutes). */
    public String unitAt(YearMonth period) {
        return definitionAt(period).map(MetricDefinition::unit).filter(u -> u != null && !u.isBlank()).orElse(unit);
    }

    /** How many of the latest observations in a row meet the target in force when each was taken. */
    public int monthsAtTargetRunning() {
        int run = 0;
        for (int i = observations.size() - 1; i >= 0; i--) {
            if (!atTarget(observations.get(i))) break;
            run++;
        }
        return run;
    }

    public Optional<MetricPoint> latest() {
        return observations.isEmpty() ? Optional.empty() : Optional.of(observations.get(observations.size() - 1));
    }
}
