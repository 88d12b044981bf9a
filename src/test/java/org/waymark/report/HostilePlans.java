package org.waymark.report;

import org.waymark.app.ActionService;
import org.waymark.app.BoardPackService;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.AssuranceLevel;
import org.waymark.domain.BoardMeeting;
import org.waymark.domain.BoardPackCover;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.PaperPurpose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

/** The demo plan with markup, entities, quotes and control characters typed into the text a pack shows. */
final class HostilePlans {

    static final String TITLE = "</td></tr></table><script>alert('pack')</script><img src=x onerror=alert(1)> & \"quoted\" end";
    static final String COVER = "<h1>Second heading</h1><!-- comment --> <a href=\"https://example.invalid\">link</a>";

    private HostilePlans() {}

    static PlanSession write(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PlanSession s = TestPlans.demo(dir);
        Action a = s.plan().actions().get(0);
        new ActionService(s).editDetails(new Action(a.id(), a.ref(), TITLE, a.description(), a.requirementId(), a.themeId(), a.executiveLeadId(),
                a.operationalLeadId(), a.committeeId(), a.start(), a.originalDue(), a.currentDue(), a.status(), a.progress(), a.override(), a.signOff()),
                "Hostile text for the pack's escaping test");
        BoardPackService packs = new BoardPackService(s);
        BoardMeeting m = packs.meeting("latest").orElseThrow();
        packs.saveCover(m.id(), new BoardPackCover(m.id(), "7<8", COVER, "O'Brien & <Sons>", "Director \"of\" Nursing", PaperPurpose.DISCUSSION,
                AssuranceLevel.LIMITED, EnumSet.of(KeyQuestion.SAFE), "SR1</td>", "]]>", "<b>bold</b>", "Summary with a ]]> and an &amp;amp;"));
        return s;
    }
}
