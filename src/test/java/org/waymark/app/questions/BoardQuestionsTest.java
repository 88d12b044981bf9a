package org.waymark.app.questions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.DataCheck;
import org.waymark.app.IntegrityChecks;
import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.app.PlanSession;
import org.waymark.app.Refused;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.BoardMeeting;
import org.waymark.domain.BoardQuestion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Board questions on real plan files: asked on a read-only session (the plan's bytes never change), read back by
 * the lead against the right actions, recorded and answered with audit rows the replay proves, and hostile files
 * refused whole with a message that says what to do.
 */
class BoardQuestionsTest {

    @TempDir Path dir;

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    /** A member asks two questions and a comment on a read-only session; returns their file. */
    private Path askAsMember(Path plan, List<Action> about) {
        try (PlanSession ro = PlanSession.open(plan, true, "Dame Ann Member", TestPlans.CLOCK)) {
            QuestionService q = new QuestionService(ro);
            BoardMeeting m = ro.plan().boardMeetings().get(0);
            q.ask("Dame Ann Member", m.id(), new QuestionService.Target.OnAction(about.get(0).id()), BoardQuestion.Kind.QUESTION, "Why has this slipped twice?");
            q.ask("Dame Ann Member", m.id(), new QuestionService.Target.OnAction(about.get(1).id()), BoardQuestion.Kind.COMMENT, "Good progress here.");
            return q.ask("Dame Ann Member", m.id(), new QuestionService.Target.OnSection(PackSection.EXCEPTIONS), BoardQuestion.Kind.QUESTION,
                    "=HYPERLINK(\"x\") Which exceptions are new?");
        }
    }

    @Test
    void questionsFromAReadOnlySessionReadBackAgainstTheRightActionsAndThePlanIsUntouched() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        List<Action> about;
        try (PlanSession s = PlanSession.open(plan, true, "x", TestPlans.CLOCK)) { about = List.of(s.plan().actions().get(4), s.plan().actions().get(17)); }
        String before = sha256(plan);
        Path file = askAsMember(plan, about);
        assertEquals(before, sha256(plan), "asking on a read-only plan never writes the plan");
        assertEquals(plan.toAbsolutePath().getParent(), file.getParent(), "the questions file is saved beside the plan");
        assertTrue(file.getFileName().toString().startsWith("Dame Ann Member - Trust Board (public) "), file.toString());
        assertFalse(Files.exists(plan.resolveSibling(plan.getFileName() + "-wal")) && Files.size(plan.resolveSibling(plan.getFileName() + "-wal")) > 0);

        try (PlanSession lead = PlanSession.open(plan, false, "Improvement Lead", TestPlans.CLOCK)) {
            QuestionService q = new QuestionService(lead);
            ReadBack read = q.readBack(file);
            assertEquals(3, read.questions().size());
            assertEquals(about.get(0).ref() + " " + about.get(0).title(), read.questions().get(0).against());
            assertEquals(about.get(1).ref() + " " + about.get(1).title(), read.questions().get(1).against());
            assertEquals("Section: Exception report", read.questions().get(2).against());
            assertEquals(3, read.fresh());

            List<BoardQuestion> recorded = q.record(read);
            assertEquals(3, recorded.size());
            assertEquals(about.get(0).id(), recorded.get(0).actionId());
            assertEquals("=HYPERLINK(\"x\") Which exceptions are new?", q.all().get(2).text(), "stored as text, as asked");
            assertEquals(0, q.readBack(file).fresh(), "reading the same file again records nothing twice");
            assertEquals(List.of(), q.record(q.readBack(file)));

            BoardQuestion was = q.answer(recorded.get(0).id(), "Two contractor delays; the new date is approved.");
            assertNull(was.answer());
            BoardQuestion now = q.all().get(0);
            assertEquals("Two contractor delays; the new date is approved.", now.answer());
            assertEquals("Improvement Lead", now.answeredBy());
            assertEquals(lead.today(), now.answeredOn());
            var history = lead.history("board_question", now.id());
            assertTrue(history.stream().anyMatch(h -> h.field().equals("answer") && h.newValue().startsWith("Two contractor")
                    && h.why().equals("Answer to a board question from Dame Ann Member")), history.toString());
            assertTrue(history.stream().anyMatch(h -> h.field().equals("created") && h.why().startsWith("Board questions from Dame Ann Member")));

            q.restore(was);
            assertNull(q.all().get(0).answer(), "the undo of an answer puts the question back unanswered");
            q.answer(recorded.get(1).id(), "Noted, thank you.");
            DataCheck proof = lead.read(IntegrityChecks::data);
            assertTrue(proof.proven(), proof.summary() + " " + proof.differences());
            assertEquals(List.of(), lead.read(IntegrityChecks::schema));

            q.unrecord(recorded, "Undo board questions");
            assertEquals(List.of(), q.all());
            assertTrue(lead.read(IntegrityChecks::data).proven(), "deleting questions is replayable too");
        }
    }

    @Test
    void theLastBoardsQuestionsAreThoseOfTheMeetingBeforeThePacksMeeting() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        List<Action> about;
        try (PlanSession s = PlanSession.open(plan, true, "x", TestPlans.CLOCK)) { about = s.plan().actions().subList(0, 2); }
        Path file = askAsMember(plan, about);
        try (PlanSession lead = PlanSession.open(plan, false, "Lead", TestPlans.CLOCK)) {
            QuestionService q = new QuestionService(lead);
            q.record(q.readBack(file));
            List<BoardMeeting> meetings = lead.plan().boardMeetings();
            assertEquals(3, q.fromLastBoard(meetings.get(1).meetingDate()).questions().size());
            assertEquals(PackContent.LastBoardQuestions.NONE, q.fromLastBoard(meetings.get(0).meetingDate()), "nothing was asked before the first meeting");
            assertEquals(List.of(), q.fromLastBoard(meetings.get(2).meetingDate()).questions(), "the meeting before the third asked nothing");
        }
    }

    @Test
    void hostileFilesAreRefusedWholeWithAClearMessageAndThePlanUnchanged() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        List<Action> about;
        try (PlanSession s = PlanSession.open(plan, true, "x", TestPlans.CLOCK)) { about = s.plan().actions().subList(0, 2); }
        Path good = askAsMember(plan, about);
        String json = Files.readString(good);

        Path other = Files.createDirectories(dir.resolve("other"));
        // Another plan: made a minute later, so its first audit row (the plan's identity) differs.
        Path otherPlan;
        try (PlanSession o = org.waymark.app.demo.DemoPlanGenerator.write(other.resolve("demo.waymark"), null, 1, false, "tester",
                java.time.Clock.offset(TestPlans.CLOCK, java.time.Duration.ofMinutes(1)))) { otherPlan = o.file(); }
        Path foreign = askAsMember(otherPlan, about);

        Path huge = Files.write(dir.resolve("huge.board-questions.json"), new byte[3 << 20]);
        Path malformed = Files.writeString(dir.resolve("bad.board-questions.json"), json.substring(0, json.length() / 2));
        Path notOurs = Files.writeString(dir.resolve("notours.json"), "{\"format\":\"something-else\",\"version\":1}");
        Path newer = Files.writeString(dir.resolve("newer.json"), json.replace("\"version\" : 1", "\"version\" : 9"));
        Path forgedHead = Files.writeString(dir.resolve("head.json"), json.replaceAll("\"chainHash\" : \"[0-9a-f]{8}", "\"chainHash\" : \"00000000"));
        Path wrongRef = Files.writeString(dir.resolve("ref.json"), json.replace("\"actionRef\" : \"" + about.get(0).ref() + "\"", "\"actionRef\" : \"Z999\""));
        Path duplicate = Files.writeString(dir.resolve("dup.json"), json.replaceAll("\"uid\" : \"[^\"]+\"", "\"uid\" : \"same\""));
        Path longText = Files.writeString(dir.resolve("long.json"), json.replace("Good progress here.", "x".repeat(5000)));
        Path twice = Files.writeString(dir.resolve("twice.json"), json.replaceFirst("\"member\"", "\"member\" : \"Someone\", \"member\""));

        String before = sha256(plan);
        try (PlanSession lead = PlanSession.open(plan, false, "Lead", TestPlans.CLOCK)) {
            QuestionService q = new QuestionService(lead);
            assertRefused(q, foreign, "not this one. Open the plan the board member reviewed");
            assertRefused(q, huge, "larger than 1024 KB");
            assertRefused(q, malformed, "not readable JSON");
            assertRefused(q, notOurs, "is not a Waymark questions file");
            assertRefused(q, newer, "newer version of Waymark");
            assertRefused(q, forgedHead, "that this plan's history does not contain");
            assertRefused(q, wrongRef, "is about action Z999, which is not in this plan");
            assertRefused(q, duplicate, "missing or repeated identity");
            assertRefused(q, longText, "5000 characters long");
            assertRefused(q, twice, "not readable JSON");
            assertRefused(q, dir.resolve("missing.json"), "is not there");
            assertEquals(List.of(), q.all(), "nothing recorded from a refused file");
        }
        assertTrue(Files.exists(plan));
        try (PlanSession ro = PlanSession.open(plan, true, "x", TestPlans.CLOCK)) {
            assertEquals(List.of(), new QuestionService(ro).all());
        }
        assertNotEquals("", before);
    }

    @Test
    void aReadOnlySessionMayAskButNeverRecordOrAnswer() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        try (PlanSession ro = PlanSession.open(plan, true, "x", TestPlans.CLOCK)) {
            QuestionService q = new QuestionService(ro);
            Refused r = assertThrows(Refused.class, () -> q.answer(1, "no"));
            assertTrue(r.getMessage().contains("read-only"));
            Refused blank = assertThrows(Refused.class, () -> q.ask(" ", ro.plan().boardMeetings().get(0).id(),
                    new QuestionService.Target.OnSection(PackSection.SUMMARY), BoardQuestion.Kind.QUESTION, "Why?"));
            assertTrue(blank.getMessage().contains("Give your name"));
        }
    }

    private static void assertRefused(QuestionService q, Path file, String expected) {
        Refused r = assertThrows(Refused.class, () -> q.readBack(file), file.toString());
        assertTrue(r.getMessage().contains(expected), file.getFileName() + ": " + r.getMessage());
    }
}
