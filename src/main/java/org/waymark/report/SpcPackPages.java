package org.waymark.report;

import org.waymark.domain.Metric;
import org.waymark.domain.spc.AssuranceIcon;
import org.waymark.domain.spc.MetricSpc;
import org.waymark.domain.spc.SpcMatrix;
import org.waymark.domain.spc.SpcPoint;
import org.waymark.app.chart.SpcText;
import org.waymark.report.model.Block;
import org.waymark.report.model.Cell;
import org.waymark.report.model.Column;

import java.util.ArrayList;
import java.util.List;

/** The SPC part of "Metric trends": the variation × assurance matrix, and an XmR chart with icons per metric. */
final class SpcPackPages {

    private SpcPackPages() {}

    static List<Block> matrix(List<Metric> metrics) {
        SpcMatrix matrix = new SpcMatrix(metrics.stream().map(MetricSpc::of).toList());
        List<Column> cols = new ArrayList<>();
        cols.add(Column.left("Variation", 1.2f));
        for (AssuranceIcon a : SpcMatrix.COLUMNS) cols.add(Column.left(header(a), 1f));
        List<List<Cell>> rows = new ArrayList<>();
        for (SpcMatrix.Row r : matrix.rows()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.bold(r.label()));
            for (AssuranceIcon a : SpcMatrix.COLUMNS) row.add(Cell.of(String.join("; ", matrix.cell(r, a))));
            rows.add(row);
        }
        return List.of(new Block.Heading("Summary: variation and assurance"),
                Block.Paragraph.of("Each measure read as an XmR chart (Making Data Count): variation from its latest point, assurance from "
                        + "its target against the latest process limits. Charts for each measure follow."),
                new Block.Table("Measures by variation and assurance", cols, rows, "No measures."));
    }

    private static String header(AssuranceIcon a) {
        return switch (a) {
            case PASS -> "Passing (P)";
            case HIT_AND_MISS -> "Hit and miss (?)";
            case FAIL -> "Failing (F)";
            case NONE -> "No assurance (–)";
        };
    }

    static List<Block> chart(Metric m) {
        MetricSpc spc = MetricSpc.of(m);
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.of("SPC: " + spc.summary()));
        if (spc.result().points().isEmpty()) return blocks;
        String title = m.name() + " (XmR)";
        var labels = SpcText.labels(spc.result());
        List<List<Cell>> rows = new ArrayList<>();
        for (SpcPoint p : spc.result().points()) {
            rows.add(List.of(Cell.of(labels.apply(p.date())), Cell.of(MetricSpc.number(p.value())),
                    Cell.of(p.hasLimits() ? MetricSpc.number(p.mean()) : "–"), Cell.of(p.hasLimits() ? MetricSpc.number(p.lower()) : "–"),
                    Cell.of(p.hasLimits() ? MetricSpc.number(p.upper()) : "–"), Cell.of(MetricSpc.rules(p))));
        }
        Block.Table data = new Block.Table(title, List.of(Column.left("Month", 1), Column.right("Value", 1), Column.right("Mean", 1),
                Column.right("Lower limit", 1), Column.right("Upper limit", 1), Column.left("Special cause", 2)), rows, "");
        blocks.add(new Block.XmrChart(title, SpcText.alt(title, spc.result(), labels), m, data));
        return blocks;
    }
}
