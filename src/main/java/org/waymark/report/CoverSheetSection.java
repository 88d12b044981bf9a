package org.waymark.report;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.domain.BoardPackCover;
import org.waymark.domain.KeyQuestion;
import org.waymark.report.layout.PackFonts.Face;
import org.waymark.report.layout.Palette;
import org.waymark.report.layout.TableWriter;
import org.waymark.report.layout.TableWriter.Cell;
import org.waymark.report.layout.TableWriter.Column;

import java.util.List;
import java.util.stream.Collectors;

/** The NHS board-paper cover sheet: the form every paper to the board carries, with the fields stored per meeting. */
final class CoverSheetSection implements SectionWriter {

    @Override public PackSection section() { return PackSection.COVER; }

    @Override public void write(PackBuilder b) {
        PackContent c = b.content;
        BoardPackCover cover = c.cover();
        PDStructureElement sect = b.section(cover.title().isEmpty() ? "Cover sheet" : cover.title(), false, false);
        b.flow.paragraph(sect, c.meeting().name() + " — " + Dates.uk(c.meeting().meetingDate()), Face.REGULAR, 11, Palette.DARK_GREY);
        b.cursor.down(6);
        TableWriter t = new TableWriter(b.cursor, sect, List.of(Column.left("", 28), Column.left("", 72)), 9.5f, true);
        row(t, "Meeting", c.meeting().name());
        row(t, "Date of meeting", Dates.uk(c.meeting().meetingDate()));
        row(t, "Agenda item", cover.agendaItem().isEmpty() ? "To be confirmed" : cover.agendaItem());
        row(t, "Report title", cover.title());
        row(t, "Author", cover.author());
        row(t, "Lead director", cover.leadDirector());
        row(t, "Purpose", "For " + cover.purpose().label().toLowerCase(java.util.Locale.UK));
        row(t, "Assurance level", cover.assurance().label());
        row(t, "CQC key questions", cover.keyQuestionsInOrder().isEmpty() ? "None selected"
                : cover.keyQuestionsInOrder().stream().map(KeyQuestion::label).collect(Collectors.joining(", ")));
        row(t, "BAF strategic risks", cover.bafRisks().isEmpty() ? "None linked" : cover.bafRisks());
        row(t, "Previously considered by", cover.previouslyConsideredBy().isEmpty() ? "Not previously considered" : cover.previouslyConsideredBy());
        row(t, "Recommendation", cover.recommendation());
        row(t, "Executive summary", cover.executiveSummary().isEmpty() ? ExecutiveSummary.of(c) : cover.executiveSummary());
        row(t, "Audit chain head", ChainHeadText.of(c.chain()));
        if (!c.chain().healthy()) row(t, "Integrity warning", "This plan FAILED its integrity check when the pack was made: " + c.chain().problem()
                + ". The figures may not be what the audit trail records.");
        t.finish("");
    }

    private static void row(TableWriter t, String label, String value) {
        t.add(List.of(Cell.bold(label), Cell.of(value)));
    }
}
