package org.waymark.ui.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.AuditEntryView;
import org.waymark.app.PlanHealth;
import org.waymark.app.PlanSession;
import org.waymark.app.Refused;
import org.waymark.app.TagService;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.FrameworkTag;
import org.waymark.domain.Requirement;
import org.waymark.domain.regulation.Framework;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

/** Tagging, reviewing and changing framework as undoable commands, on real plan files; the audit log proves each step. */
class TagCommandsTest {

    @TempDir Path dir;

    @Test
    void redoingAnAddedActionBringsBackTheTagsItsUndoRemoved() {
        Path file;
        try (PlanSession s = TestPlans.demo(dir)) {
            file = s.file();
            PlanEdits edits = new PlanEdits(s);
            TagService tags = new TagService(s);
            Requirement finding = s.plan().requirements().get(0);
            AtomicLong id = new AtomicLong();
            Command add = edits.addAction(new Action(0, "T9.1", "Safer staffing rota", "", finding.id(), null, null, null, null,
                    null, LocalDate.of(2027, 3, 1), null, ActionStatus.NOT_STARTED, 0, null, null), id);
            add.execute();
            // Tagged by another route than this command stack (a colleague on the shared plan, an import).
            tags.tagAction(id.get(), "S2");
            tags.tagAction(id.get(), "W1");
            add.undo();
            assertTrue(s.plan().action(id.get()).isEmpty());
            assertTrue(tagsOf(tags, "T9.1", s).isEmpty(), "the undo takes the action's tags with it, audited");
            add.redo();
            assertEquals(List.of("S2", "W1"), tagsOf(tags, "T9.1", s), "the redo puts the action back with the tags it had");
            add.undo();
            add.redo();
            assertEquals(List.of("S2", "W1"), tagsOf(tags, "T9.1", s));
            long removed = s.history(null, null).stream().filter(e -> "framework_tag".equals(e.entity()) && "deleted".equals(e.field())).count();
            assertEquals(4, removed, "each undo audits each tag it removes");
            assertTrue(s.verifyAudit().intact());
        }
        assertTrue(PlanHealth.check(file, TestPlans.CLOCK).healthy(), "check passes");
    }

    @Test
    void tagRemoveConfirmAndReplaceAreUndoableAndAudited() {
        Path file;
        try (PlanSession s = TestPlans.demo(dir)) {
            file = s.file();
            PlanEdits edits = new PlanEdits(s);
            TagService tags = new TagService(s);
            Framework kloe = tags.framework();
            long finding = s.plan().requirements().get(0).id();
            Command tag = edits.tagFinding(finding, kloe, kloe.item("S2").orElseThrow());
            tag.execute();
            FrameworkTag s2 = only(tags);
            Command remove = edits.removeTag(s2);
            remove.execute();
            assertTrue(tags.tags().isEmpty());
            remove.undo();
            assertEquals("S2", only(tags).code(), "the undo puts the tag back");
            tag.undo();
            assertEquals(List.of(), tags.tags(), "the tag's own undo finds it under its new id");
            tag.redo();
            remove.redo();
            assertTrue(tags.tags().isEmpty());
            remove.undo();

            // A change of framework flags the carried tags (no official mapping); confirm one, replace another.
            Command move = edits.changeFramework(framework(s, "cqc-saf-2023"));
            move.execute();
            Framework saf = tags.framework();
            assertEquals("cqc-saf-2023", saf.id());
            List<FrameworkTag> flagged = tags.tags();
            assertEquals(List.of("S4", "S5", "S6", "S7"), flagged.stream().map(FrameworkTag::code).sorted().toList());
            assertTrue(flagged.stream().allMatch(FrameworkTag::needsReview));
            FrameworkTag s4 = flagged.stream().filter(t -> t.code().equals("S4")).findFirst().orElseThrow();
            Command confirm = edits.confirmTag(s4);
            confirm.execute();
            assertFalse(find(tags, "S4").needsReview());
            confirm.undo();
            assertTrue(find(tags, "S4").needsReview());
            confirm.redo();
            FrameworkTag s7 = find(tags, "S7");
            Command replace = edits.replaceTag(s7, saf, saf.item("S3").orElseThrow());
            replace.execute();
            assertEquals(List.of("S3", "S4", "S5", "S6"), codes(tags));
            assertFalse(find(tags, "S3").needsReview(), "a tag chosen by hand needs no review");
            replace.undo();
            assertEquals(List.of("S4", "S5", "S6", "S7"), codes(tags));
            Refused twice = assertThrows(Refused.class, () -> edits.replaceTag(find(tags, "S7"), saf, saf.item("S5").orElseThrow()).execute());
            assertTrue(twice.getMessage().contains("already tagged S5"), twice.getMessage());
            assertEquals(List.of("S4", "S5", "S6", "S7"), codes(tags), "a refused replacement leaves the tag where it was");

            // The change of framework is one undo step that puts every tag and the framework back.
            confirm.undo();
            move.undo();
            assertEquals("cqc-kloe-2015", tags.framework().id());
            assertEquals(List.of("S2"), codes(tags));
            assertFalse(only(tags).needsReview());
            move.redo();
            assertEquals(List.of("S4", "S5", "S6", "S7"), codes(tags));

            List<AuditEntryView> audit = s.history(null, null);
            assertTrue(audit.stream().anyMatch(e -> "framework_tag".equals(e.entity()) && "needsReview".equals(e.field())
                    && e.why().startsWith("Tag confirmed after review")), "the confirmation is audited");
            assertTrue(audit.stream().anyMatch(e -> "framework".equals(e.field()) && e.why().startsWith("Undo: framework changed")));
            assertTrue(s.verifyAudit().intact());
        }
        assertTrue(PlanHealth.check(file, TestPlans.CLOCK).healthy(), "check passes");
    }

    @Test
    void twoOldTagsCarriedToOneNewItemGiveOneTagAndThePreviewSaysSo() {
        try (PlanSession s = TestPlans.demo(dir)) {
            TagService tags = new TagService(s);
            long finding = s.plan().requirements().get(0).id();
            // Key lines S5 and S6 both lead to quality statement S1 in the crosswalk.
            tags.tagFinding(finding, "S5");
            tags.tagFinding(finding, "S6");
            TagService.FrameworkChange preview = tags.preview("cqc-saf-2023");
            TagService.FrameworkChange done = tags.changeFramework("cqc-saf-2023");
            assertEquals(preview, done, "the preview is what the change does");
            assertEquals(1, done.carried());
            assertEquals(List.of("S1"), codes(tags));
            assertEquals(tags.tags().size(), tags.tags().stream().map(t -> t.code()).distinct().count(), "each new item once");
            assertTrue(s.read(org.waymark.app.IntegrityChecks::data).proven());
        }
    }

    private static Framework framework(PlanSession s, String id) {
        return org.waymark.app.regulation.Regulation.catalogue().framework(id).orElseThrow();
    }

    private static List<String> tagsOf(TagService tags, String ref, PlanSession s) {
        return s.plan().actions().stream().filter(a -> a.ref().equals(ref)).findFirst()
                .map(a -> tags.tags().stream().filter(t -> Long.valueOf(a.id()).equals(t.actionId())).map(FrameworkTag::code).sorted().toList())
                .orElse(List.of());
    }

    private static List<String> codes(TagService tags) { return tags.tags().stream().map(FrameworkTag::code).sorted().toList(); }

    private static FrameworkTag only(TagService tags) {
        List<FrameworkTag> all = tags.tags();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    private static FrameworkTag find(TagService tags, String code) {
        return tags.tags().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }
}
