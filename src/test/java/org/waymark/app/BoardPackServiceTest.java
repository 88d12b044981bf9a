package org.waymark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.domain.AssuranceLevel;
import org.waymark.domain.BoardMeeting;
import org.waymark.domain.BoardPackCover;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.PaperPurpose;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Cover sheets are stored per meeting, audited, survive reopening, and bad input changes nothing. */
class BoardPackServiceTest {

    @TempDir Path dir;

    @Test
    void aCoverIsStoredPerMeetingAndAudited() {
        Path file;
        BoardMeeting first, last;
        try (PlanSession s = TestPlans.demo(dir)) {
            file = s.file();
            BoardPackService service = new BoardPackService(s);
            first = service.meetings().get(0);
            last = service.meeting("latest").orElseThrow();
            assertNotEquals(first.id(), last.id());
            BoardPackCover draft = cover(last.id(), "Progress report");
            service.saveCover(last.id(), draft);
            service.saveCover(last.id(), cover(last.id(), "Progress report, revised"));
            var history = s.history("board_pack_cover", last.id());
            assertEquals(2, history.size());
            assertEquals("created", history.get(0).field());
            assertTrue(history.get(1).newValue().contains("Progress report, revised"));
            assertTrue(s.verifyAudit().intact());
        }
        try (PlanSession s = PlanSession.open(file, true, "reader", TestPlans.CLOCK)) {
            BoardPackService service = new BoardPackService(s);
            assertEquals("Progress report, revised", service.cover(last.id()).title());
            assertEquals(Set.of(KeyQuestion.SAFE, KeyQuestion.WELL_LED), service.cover(last.id()).keyQuestions());
            assertEquals(BoardPackCover.defaultFor(first, s.plan()), service.cover(first.id()), "another meeting keeps its own (default) cover");
            Refused readOnly = assertThrows(Refused.class, () -> service.saveCover(last.id(), cover(last.id(), "x")));
            assertTrue(readOnly.getMessage().contains("read-only"));
        }
    }

    @Test
    void badCoversAreRefusedAndNothingIsWritten() {
        try (PlanSession s = TestPlans.demo(dir)) {
            BoardPackService service = new BoardPackService(s);
            long id = service.meeting("latest").orElseThrow().id();
            long audit = s.auditRows();
            assertEquals("title", assertThrows(Refused.class, () -> service.saveCover(id, cover(id, "  "))).field());
            assertEquals("meeting", assertThrows(Refused.class, () -> service.saveCover(9999, cover(9999, "T"))).field());
            assertEquals("cover", assertThrows(Refused.class, () -> service.saveCover(id, cover(id + 1, "T"))).field());
            assertEquals(audit, s.auditRows());
        }
    }

    @Test
    void sectionListsAreParsedWithHelpfulRefusals() {
        assertEquals(EnumSet.of(PackSection.COVER, PackSection.EXCEPTIONS), PackSection.parseList("exceptions, cover"));
        assertEquals(EnumSet.allOf(PackSection.class), PackSection.parseList("all"));
        Refused r = assertThrows(Refused.class, () -> PackSection.parseList("cover,risks"));
        assertTrue(r.getMessage().contains("'risks'") && r.getMessage().contains("appendix"), r.getMessage());
    }

    static BoardPackCover cover(long meetingId, String title) {
        return new BoardPackCover(meetingId, "7", title, "Head of Quality Governance", "Chief Nurse", PaperPurpose.DECISION,
                AssuranceLevel.SUBSTANTIAL, EnumSet.of(KeyQuestion.SAFE, KeyQuestion.WELL_LED), "SR2", "", "Approve the plan.", "Summary.");
    }
}
