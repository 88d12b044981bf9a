package org.waymark.report;

import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.domain.BoardMeeting;
import org.waymark.domain.BoardQuestion;
import org.waymark.report.model.Block;
import org.waymark.report.model.Cell;
import org.waymark.report.model.Column;
import org.waymark.report.model.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * "Questions from the last board and answers": what members asked at the previous meeting about actions and
 * sections of its pack, and the improvement lead's answers, so the board sees its questions were heard.
 */
final class QuestionsSection implements SectionModel {

    @Override public PackSection section() { return PackSection.QUESTIONS; }

    @Override public Section build(PackContent c) {
        List<Block> blocks = new ArrayList<>();
        PackContent.LastBoardQuestions last = c.questions();
        if (last.meeting().isEmpty()) {
            blocks.add(Block.Paragraph.note("There was no board meeting before this one, so there are no questions to report."));
            return section(blocks);
        }
        BoardMeeting m = last.meeting().get();
        String when = m.name() + ", " + Dates.uk(m.meetingDate());
        List<BoardQuestion> qs = last.questions();
        if (qs.isEmpty()) {
            blocks.add(Block.Paragraph.note("No questions or comments from " + when + " were recorded."));
            return section(blocks);
        }
        long answered = qs.stream().filter(BoardQuestion::answered).count();
        blocks.add(Block.Paragraph.of(qs.size() + " question" + (qs.size() == 1 ? "" : "s") + " and comments from " + when + "; "
                + answered + " answered, " + (qs.size() - answered) + " awaiting an answer."));
        List<List<Cell>> rows = new ArrayList<>();
        for (BoardQuestion q : qs) {
            rows.add(List.of(Cell.bold(about(c, q)), Cell.of(q.askedBy() + ", " + Dates.uk(q.askedOn())), Cell.of(q.kind().label() + ": " + q.text()),
                    q.answered() ? Cell.of(q.answer() + " (" + q.answeredBy() + ", " + Dates.uk(q.answeredOn()) + ")") : Cell.bad("Not yet answered")));
        }
        blocks.add(new Block.Table("Questions from " + when, List.of(Column.left("About", 18), Column.left("Asked by", 16),
                Column.left("Question or comment", 33), Column.left("Answer", 33)), rows, ""));
        return section(blocks);
    }

    private Section section(List<Block> blocks) { return new Section(section().key(), section().title(), false, true, blocks); }

    /** The action's ref and title as it is now, or as it was asked about if it has since been deleted; or the section. */
    private static String about(PackContent c, BoardQuestion q) {
        if (q.actionId() != null) {
            return c.plan().actions().stream().filter(a -> a.id() == q.actionId()).findFirst().map(a -> a.ref() + " " + a.title())
                    .orElse(q.actionRef() + " (since removed)");
        }
        for (PackSection s : PackSection.values()) if (s.key().equals(q.section())) return "Section: " + s.title();
        return "Section: " + q.section();
    }
}
