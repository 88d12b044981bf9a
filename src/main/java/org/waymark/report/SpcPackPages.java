package org.waymark.report;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.waymark.app.chart.SpcText;
import org.waymark.domain.Metric;
import org.waymark.domain.spc.AssuranceIcon;
import org.waymark.domain.spc.MetricSpc;
import org.waymark.domain.spc.SpcMatrix;
import org.waymark.report.layout.TableWriter;
import org.waymark.report.layout.TableWriter.Cell;
import org.waymark.report.layout.TableWriter.Column;
import org.waymark.report.layout.XmrChart;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The SPC part of "Metric trends": the variation × assurance matrix, and an XmR chart with icons per metric. */
final class SpcPackPages {

    private SpcPackPages() {}

    static void matrix(PackBuilder b, PDStructureElement sect, List<Metric> metrics) {
        SpcMatrix matrix = new SpcMatrix(metrics.stream().map(MetricSpc::of).toList());
        b.flow.h2(sect, "Summary: variation and assurance", 120);
        b.flow.paragraph(sect, "Each measure read as an XmR chart (Making Data Count): variation from its latest point, assurance from "
                + "its target against the latest process limits. Charts for each measure follow.");
        List<Column> cols = new ArrayList<>();
        cols.add(Column.left("Variation", 1.2f));
        for (AssuranceIcon a : SpcMatrix.COLUMNS) cols.add(Column.left(header(a), 1f));
        TableWriter t = new TableWriter(b.cursor, sect, cols, 8f, true);
        for (SpcMatrix.Row r : matrix.rows()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.bold(r.label()));
            for (AssuranceIcon a : SpcMatrix.COLUMNS) row.add(Cell.of(String.join("; ", matrix.cell(r, a))));
            t.add(row);
        }
        t.finish("No measures.");
    }

    private static String header(AssuranceIcon a) {
        return switch (a) {
            case PASS -> "Passing (P)";
            case HIT_AND_MISS -> "Hit and miss (?)";
            case FAIL -> "Failing (F)";
            case NONE -> "No assurance (–)";
        };
    }

    static void chart(PackBuilder b, PDStructureElement sect, Metric m) {
        MetricSpc spc = MetricSpc.of(m);
        b.flow.paragraph(sect, "SPC: " + spc.summary());
        if (spc.result().points().isEmpty()) return;
        XmrChart.draw(b.cursor, sect, m.name() + " (XmR)", spc.result(), SpcText.MONTH,
                from -> m.unitAt(YearMonth.from(spc.result().points().get(from).date())));
    }
}
