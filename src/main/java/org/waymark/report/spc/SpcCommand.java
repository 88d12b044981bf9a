package org.waymark.report.spc;

import org.waymark.app.PlanException;
import org.waymark.app.PlanSession;
import org.waymark.app.Refused;
import org.waymark.app.spc.SpcJson;
import org.waymark.app.spc.SpcService;
import org.waymark.domain.Metric;
import org.waymark.domain.spc.Improvement;
import org.waymark.domain.spc.MetricSpc;
import org.waymark.domain.spc.Recalculation;
import org.waymark.domain.spc.SpcEngine;
import org.waymark.domain.spc.SpcInput;
import org.waymark.domain.spc.SpcOptions;
import org.waymark.domain.spc.SpcResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** SPC for analysts: a CSV series, or a plan's metric, read the Making Data Count way. */
@Command(name = "spc", description = "XmR (SPC) chart of a date,value CSV or of a plan's metric: limits, special causes and icons.")
public final class SpcCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SERIES.csv", description = "date,value rows in date order (a header row is allowed).")
    Path series;

    @Option(names = "--metric", paramLabel = "NAME", description = "A metric of --plan instead of a CSV file.")
    String metric;

    @Option(names = "--plan", paramLabel = "PLAN", description = "The plan file holding --metric (opened read-only).")
    Path plan;

    @Option(names = "--improvement", paramLabel = "up|down|neither", description = "Which way is better (default up; a metric's own direction).")
    String improvement;

    @Option(names = "--target", paramLabel = "T", description = "The target, for the assurance icon (a metric's own targets by default).")
    Double target;

    @Option(names = "--baseline", paramLabel = "N", defaultValue = "0", description = "Fix the limits after the first N points (at least 12).")
    int baseline;

    @Option(names = "--recalculate-from", paramLabel = "DATE[:REASON]", description = "Recalculate the limits from DATE (repeatable); the reason is shown on the chart.")
    List<String> recalculateFrom = new ArrayList<>();

    @Option(names = "--run-length", paramLabel = "6|7", defaultValue = "7", description = "Points in a shift or trend (default 7).")
    int runLength;

    @Option(names = "--screen-outliers", description = "Leave moving ranges above 3.267 × their mean out of the limits.")
    boolean screen;

    @Option(names = "--format", paramLabel = "json|table", defaultValue = "table", description = "What to print (default table).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "chart.svg|png|pdf", description = "Also draw the chart to this file.")
    Path output;

    @Override public Integer call() {
        try {
            if (!format.equals("json") && !format.equals("table")) throw new IllegalArgumentException("--format must be json or table");
            Drawn d = (metric != null || plan != null) ? fromPlan() : fromCsv();
            System.out.print(format.equals("json") ? SpcJson.write(d.result) : SpcTable.write(d.result));
            if (output != null) {
                SpcChartFiles.write(output, d.title, d.result, d.units);
                System.err.println("Wrote " + output);
            }
            return 0;
        } catch (Refused | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (PlanException | IOException | java.io.UncheckedIOException e) {
            System.err.println("Cannot draw the SPC chart: " + e.getMessage());
            return 1;
        }
    }

    private record Drawn(String title, SpcResult result, java.util.function.Function<Integer, String> units) {}

    private SpcOptions options(Improvement fallback) {
        return new SpcOptions(improvement == null ? fallback : Improvement.parse(improvement), baseline, runLength, screen);
    }

    private List<Recalculation> recalculations() {
        List<Recalculation> out = new ArrayList<>();
        for (String r : recalculateFrom) {
            int colon = r.indexOf(':');
            String date = colon < 0 ? r : r.substring(0, colon);
            java.time.LocalDate d = SpcSeriesCsv.date(date.strip());
            if (d == null) throw new IllegalArgumentException("--recalculate-from: \"" + date + "\" is not a date. Write it as 2018-11-01 or 2018-11.");
            out.add(new Recalculation(d, colon < 0 ? "Recalculation asked for on the command line" : r.substring(colon + 1)));
        }
        return out;
    }

    private Drawn fromCsv() throws IOException {
        if (series == null) throw new IllegalArgumentException("Give a SERIES.csv file, or --metric NAME --plan PLAN.");
        if (!Files.isRegularFile(series)) throw new IllegalArgumentException("No file at " + series + ". Check the path.");
        List<SpcInput> points;
        try (Reader in = Files.newBufferedReader(series, StandardCharsets.UTF_8)) {
            points = SpcSeriesCsv.read(in, target == null ? Double.NaN : target);
        }
        SpcResult r = SpcEngine.analyse(points, recalculations(), options(Improvement.UP));
        String name = series.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return new Drawn(name, r, i -> "");
    }

    private Drawn fromPlan() {
        if (metric == null || plan == null) throw new IllegalArgumentException("Give both --metric NAME and --plan PLAN.");
        if (series != null) throw new IllegalArgumentException("Give either SERIES.csv or --metric and --plan, not both.");
        if (!Files.isRegularFile(plan)) throw new IllegalArgumentException("No plan file at " + plan + ". Check the path.");
        try (PlanSession session = PlanSession.look(plan, "spc", Clock.systemDefaultZone())) {
            SpcService service = new SpcService(session);
            Metric m = service.metric(metric).orElseThrow(() -> new IllegalArgumentException("No metric \"" + metric + "\" in " + plan
                    + ". Metrics: " + session.plan().metrics().stream().map(Metric::name).toList()));
            List<Recalculation> recalcs = new ArrayList<>(m.recalculations());
            recalcs.addAll(recalculations());
            // --improvement and --target, when given, replace what each era of the metric says
            List<SpcInput> in = MetricSpc.inputs(m).stream().map(p -> new SpcInput(p.date(), p.value(), p.era(),
                    target == null ? p.target() : target, improvement == null ? p.improvement() : null)).toList();
            SpcResult r = SpcEngine.analyse(in, recalcs, options(Improvement.of(m.direction())));
            return new Drawn(m.name(), r, from -> m.unitAt(java.time.YearMonth.from(r.points().get(from).date())));
        }
    }
}
