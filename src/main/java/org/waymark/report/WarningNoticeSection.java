package org.waymark.report;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.waymark.app.PackSection;
import org.waymark.domain.Action;
import org.waymark.domain.Brag;
import org.waymark.domain.BragCounts;
import org.waymark.domain.DeadlineCountdown;
import org.waymark.report.layout.PackFonts.Face;
import org.waymark.report.layout.Palette;
import org.waymark.report.layout.TableWriter;
import org.waymark.report.layout.TableWriter.Cell;
import org.waymark.report.layout.TableWriter.Column;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each Section 29A warning-notice requirement against its own deadline, with the state of its actions. */
final class WarningNoticeSection implements SectionWriter {

    @Override public PackSection section() { return PackSection.WARNING_NOTICES; }

    @Override public void write(PackBuilder b) {
        PDStructureElement sect = b.section(section().title(), false, true);
        b.flow.paragraph(sect, "CQC re-inspects after the latest deadline. Days left are counted from " + Dates.uk(b.content.today())
                + "; a requirement is met when all its actions are Blue (complete and assured).");
        Map<Long, BragCounts> byRequirement = new HashMap<>();
        for (Action a : b.content.plan().actions()) {
            if (a.requirementId() == null) continue;
            byRequirement.computeIfAbsent(a.requirementId(), k -> new BragCounts()).add(b.content.plan().brag(a, b.content.today()).brag());
        }
        TableWriter t = new TableWriter(b.cursor, sect, List.of(Column.left("Ref", 8), Column.left("Requirement", 33), Column.left("Deadline", 12),
                Column.right("Days left", 13), Column.left("Actions' state", 21), Column.left("Compliance", 13)), 8.5f, true);
        for (DeadlineCountdown d : b.content.readiness().deadlines()) {
            BragCounts bc = byRequirement.getOrDefault(d.requirement().id(), new BragCounts());
            String days = d.daysLeft() >= 0 ? String.valueOf(d.daysLeft()) : "Passed\n" + (-d.daysLeft()) + " days ago";
            String state = d.actions() + (d.actions() == 1 ? " action" : " actions") + "\nR " + bc.get(Brag.RED) + " · A " + bc.get(Brag.AMBER) + " · G " + bc.get(Brag.GREEN) + " · B " + bc.get(Brag.BLUE);
            Cell compliance = d.met() ? Cell.coloured("Met", Face.BOLD, Palette.DARK_GREEN)
                    : d.daysLeft() < 0 ? Cell.coloured("Deadline passed", Face.BOLD, Palette.RED_TEXT) : Cell.coloured("Open", Face.BOLD, Palette.TEXT);
            t.add(List.of(Cell.bold(d.requirement().ref()), Cell.of(d.requirement().text()), Cell.of(Dates.uk(d.requirement().deadline())),
                    d.daysLeft() < 0 && !d.met() ? Cell.coloured(days, Face.BOLD, Palette.RED_TEXT) : Cell.of(days), Cell.of(state), compliance));
        }
        t.finish("The plan holds no warning-notice requirements with deadlines.");
    }
}
