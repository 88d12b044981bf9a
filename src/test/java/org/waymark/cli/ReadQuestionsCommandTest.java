package org.waymark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PackSection;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.app.questions.QuestionService;
import org.waymark.domain.Action;
import org.waymark.domain.BoardQuestion;
import org.waymark.store.Forgery;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** read-questions through the real command line, then check: recorded questions are proven by the log, and a forged one is named. */
class ReadQuestionsCommandTest {

    @TempDir Path dir;

    @Test
    void listsAgainstActionsRecordsOnlyWhenAskedAndCheckProvesAndCatchesForgery() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Action action;
        Path file;
        try (PlanSession ro = PlanSession.open(plan, true, "Member", TestPlans.CLOCK)) {
            action = ro.plan().actions().get(3);
            QuestionService q = new QuestionService(ro);
            long meeting = ro.plan().boardMeetings().get(1).id();
            q.ask("Prof Lee", meeting, new QuestionService.Target.OnAction(action.id()), BoardQuestion.Kind.QUESTION, "Is the audit booked?");
            file = q.ask("Prof Lee", meeting, new QuestionService.Target.OnSection(PackSection.METRICS), BoardQuestion.Kind.COMMENT, "Please add targets.");
        }
        byte[] before = Files.readAllBytes(plan);
        CliRunner.Result list = CliRunner.run("read-questions", plan.toString(), file.toString());
        assertEquals(0, list.exit(), list.out() + list.err());
        assertTrue(list.out().contains(action.ref() + " " + action.title() + "\n    Question ("), list.out());
        assertTrue(list.out().contains("Section: Metric trends\n    Comment ("), list.out());
        assertArrayEquals(before, Files.readAllBytes(plan), "listing writes nothing");

        CliRunner.Result rec = CliRunner.run("read-questions", plan.toString(), file.toString(), "--record");
        assertEquals(0, rec.exit(), rec.out() + rec.err());
        assertTrue(rec.out().contains("Recorded 2 new question(s)."), rec.out());
        CliRunner.Result again = CliRunner.run("read-questions", plan.toString(), file.toString(), "--record");
        assertTrue(again.out().contains("[already recorded]") && again.out().contains("Recorded 0 new"), again.out());

        CliRunner.Result healthy = CliRunner.run("check", plan.toString());
        assertEquals(0, healthy.exit(), healthy.out());

        Forgery.sql(plan, "UPDATE board_question SET text = 'Nothing to see here' WHERE action_id IS NOT NULL");
        CliRunner.Result forged = CliRunner.run("check", plan.toString());
        assertEquals(1, forged.exit(), forged.out());
        assertTrue(forged.out().matches("(?s).*board_question \\d+: text logged \"Is the audit booked\\?\", stored \"Nothing to see here\".*"), forged.out());

        Path junk = Files.writeString(dir.resolve("junk.board-questions.json"), "not json");
        CliRunner.Result bad = CliRunner.run("read-questions", plan.toString(), junk.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("Refused: junk.board-questions.json is not a Waymark questions file"), bad.err());
    }
}
