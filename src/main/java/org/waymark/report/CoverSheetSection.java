package org.waymark.report;

import org.waymark.app.PackContent;
import org.waymark.domain.AssuranceLevel;
import org.waymark.domain.BoardPackCover;
import org.waymark.domain.KeyQuestion;
import org.waymark.report.model.Block;
import org.waymark.report.model.Block.Paragraph;
import org.waymark.report.model.Cell;
import org.waymark.report.model.Column;
import org.waymark.report.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The NHS board-paper cover sheet: the form every paper to the board carries, with the fields stored per meeting. */
final class CoverSheetSection {

    private CoverSheetSection() {}

    static Section build(PackContent c) {
        BoardPackCover cover = c.cover();
        List<List<Cell>> rows = new ArrayList<>();
        row(rows, "Meeting", c.meeting().name());
        row(rows, "Date of meeting", Dates.uk(c.meeting().meetingDate()));
        row(rows, "Agenda item", cover.agendaItem().isEmpty() ? "To be confirmed" : cover.agendaItem());
        row(rows, "Report title", cover.title());
        row(rows, "Author", cover.author().isEmpty() ? "To be completed by the author" : cover.author());
        row(rows, "Lead director", cover.leadDirector().isEmpty() ? "To be completed by the author" : cover.leadDirector());
        row(rows, "Purpose", "For " + cover.purpose().label().toLowerCase(Locale.UK));
        row(rows, "Assurance level", cover.assurance() == AssuranceLevel.NOT_CHOSEN ? "To be chosen by the author" : cover.assurance().label());
        row(rows, "CQC key questions", cover.keyQuestionsInOrder().isEmpty() ? "None selected"
                : cover.keyQuestionsInOrder().stream().map(KeyQuestion::label).collect(Collectors.joining(", ")));
        row(rows, "BAF strategic risks", cover.bafRisks().isEmpty() ? "None linked" : cover.bafRisks());
        row(rows, "Previously considered by", cover.previouslyConsideredBy().isEmpty() ? "Not previously considered" : cover.previouslyConsideredBy());
        row(rows, "Recommendation", cover.recommendation());
        row(rows, "Executive summary", cover.executiveSummary().isEmpty() ? ExecutiveSummary.of(c) : cover.executiveSummary());
        row(rows, "Audit chain head", ChainHeadText.of(c.chain()));
        if (!c.chain().healthy()) row(rows, "Integrity warning", "This plan FAILED its integrity check when the pack was made: " + c.chain().problem()
                + ". The figures may not be what the audit trail records.");
        List<Block> blocks = List.of(
                new Paragraph(c.meeting().name() + " — " + Dates.uk(c.meeting().meetingDate()), Block.Kind.LEAD),
                new Block.Table("Cover sheet", List.of(Column.left("", 28), Column.left("", 72)), rows, ""));
        return new Section("cover", cover.title().isEmpty() ? "Cover sheet" : cover.title(), false, false, blocks);
    }

    private static void row(List<List<Cell>> rows, String label, String value) {
        rows.add(List.of(Cell.bold(label), Cell.of(value)));
    }
}
