package org.waymark.ui.command;

import org.waymark.app.MetricService;
import org.waymark.app.ObservationReader;
import org.waymark.app.Ports;
import org.waymark.app.PlanSession;
import org.waymark.domain.ExitCriterion;
import org.waymark.domain.MetricPoint;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The metrics view's writes as commands: observations by hand or from a CSV file, and links to exit criteria. */
public final class MetricEdits {

    private MetricEdits() {}

    /** One month's value by hand. */
    public static Command record(PlanSession session, long metricId, YearMonth month, double value) {
        return new Observations(new MetricService(session), metricId, "record an observation", () -> List.of(new MetricPoint(month, value)),
                "Observation recorded");
    }

    /** Every row of a "period,value" CSV file, all or none; the file is read when the command runs, off the FX thread. */
    public static Observations importCsv(PlanSession session, long metricId, Path file) {
        return new Observations(new MetricService(session), metricId, "import observations", () -> reader().read(file),
                "Observations imported from " + file.getFileName());
    }

    private static ObservationReader reader() {
        return Ports.find(ObservationReader.class).orElseThrow(() -> new IllegalStateException("No observation reader is registered (Main.wire)."));
    }

    public static Command link(PlanSession session, long criterionId, long metricId, int months) {
        MetricService service = new MetricService(session);
        ExitCriterion[] before = new ExitCriterion[1];
        return new SimpleEdit("link a metric", () -> before[0] = service.linkToCriterion(criterionId, metricId, months),
                () -> service.restoreCriterion(before[0]), () -> service.linkToCriterion(criterionId, metricId, months));
    }

    /** Observations written in one transaction; undo puts each month back as it was. */
    public static final class Observations implements Command {

        private final MetricService service;
        private final long metricId;
        private final String description;
        private final Supplier<List<MetricPoint>> points;
        private final String why;
        private List<MetricPoint> written;
        private Map<YearMonth, Double> before;

        Observations(MetricService service, long metricId, String description, Supplier<List<MetricPoint>> points, String why) {
            this.service = service;
            this.metricId = metricId;
            this.description = description;
            this.points = points;
            this.why = why;
        }

        @Override public String description() { return description; }

        @Override public void execute() {
            List<MetricPoint> p = points.get();
            before = service.record(metricId, p, why);
            written = p;
        }

        @Override public void undo() { service.restore(metricId, before, "Undo: " + why); }

        @Override public void redo() { before = service.record(metricId, written, why); }

        /** How many observations the command wrote. */
        public int count() { return written == null ? 0 : written.size(); }
    }
}
