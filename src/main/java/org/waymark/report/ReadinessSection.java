package org.waymark.report;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.waymark.app.PackSection;
import org.waymark.domain.CriterionState;
import org.waymark.domain.Organisation;
import org.waymark.domain.ReadinessSummary;
import org.waymark.report.layout.PackFonts.Face;
import org.waymark.report.layout.Palette;
import org.waymark.report.layout.TableWriter;
import org.waymark.report.layout.TableWriter.Cell;
import org.waymark.report.layout.TableWriter.Column;

import java.util.List;
import java.util.Locale;

/** Are we on track to leave: months in the regime, must-do assurance, and each exit criterion's state. */
final class ReadinessSection implements SectionWriter {

    @Override public PackSection section() { return PackSection.READINESS; }

    @Override public void write(PackBuilder b) {
        ReadinessSummary r = b.content.readiness();
        Organisation org = b.content.plan().organisation();
        PDStructureElement sect = b.section(section().title(), false, true);
        KeyFigures.draw(b, sect, List.of(
                new KeyFigures.Figure(String.valueOf(r.monthsInRegime()), "months in the regime"),
                new KeyFigures.Figure(r.criteriaMet() + " of " + r.criteria().size(), "exit criteria met"),
                new KeyFigures.Figure(r.mustDoBlue() + " of " + r.mustDoActions(), "must-do actions Blue"),
                new KeyFigures.Figure(String.format(Locale.UK, "%.0f%%", r.mustDoBluePercent()), "must-do assurance")));
        String regime = org.regimeEntered() == null ? "The trust is not in an enforcement regime."
                : "The trust entered " + org.regime().label().toLowerCase(Locale.UK) + " on " + Dates.uk(org.regimeEntered())
                + " and has been in it for " + r.monthsInRegime() + " months. The intended stay is 12 to 18 months.";
        b.flow.paragraph(sect, regime);
        b.flow.h2(sect, "Exit criteria", 60);
        TableWriter t = new TableWriter(b.cursor, sect, List.of(Column.left("Criterion", 40), Column.left("State", 12), Column.left("Evidence and reasoning", 48)), 8.5f, true);
        for (CriterionState s : r.criteria()) {
            t.add(List.of(Cell.of(s.criterion().title()),
                    s.met() ? Cell.coloured("Met", Face.BOLD, Palette.DARK_GREEN) : Cell.coloured("Not met", Face.BOLD, Palette.RED_TEXT),
                    Cell.of(s.why())));
        }
        t.finish("No exit criteria are recorded in the plan.");
    }
}
