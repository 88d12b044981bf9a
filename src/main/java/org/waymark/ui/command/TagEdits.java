package org.waymark.ui.command;

import org.waymark.app.TagService;
import org.waymark.domain.FrameworkTag;
import org.waymark.domain.regulation.Framework;
import org.waymark.domain.regulation.FrameworkItem;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The commands that tag findings and actions with framework items, review flagged tags and move the plan to another
 * framework. A tag is named by what it tags (finding or action, framework, code), never by its row id, because an
 * undo that puts a tag back gives it a new id.
 */
final class TagEdits {

    private TagEdits() {}

    /** Tags a finding ({@code requirementId}) or an action ({@code actionId}, the other null) with an item of the plan's framework. */
    static Command add(TagService tags, Long requirementId, Long actionId, Framework framework, FrameworkItem item) {
        FrameworkTag tag = new FrameworkTag(0, requirementId, actionId, framework.id(), item.code(), false);
        return new SimpleEdit("tag " + item.code(),
                () -> { if (requirementId != null) tags.tagFinding(requirementId, item.code()); else tags.tagAction(actionId, item.code()); },
                () -> tags.untag(tag),
                () -> tags.retag(tag));
    }

    static Command remove(TagService tags, FrameworkTag tag) {
        return new SimpleEdit("remove tag " + tag.code(), () -> tags.untag(tag), () -> tags.retag(tag), () -> tags.untag(tag));
    }

    static Command confirm(TagService tags, FrameworkTag tag) {
        return new SimpleEdit("confirm tag " + tag.code(), () -> tags.review(tag, false), () -> tags.review(tag, true), () -> tags.review(tag, false));
    }

    /** A flagged tag swapped for an item of the plan's framework: one undo step. */
    static Command replace(TagService tags, FrameworkTag tag, Framework framework, FrameworkItem item) {
        return Commands.group("replace tag " + tag.code() + " with " + item.code(),
                List.of(remove(tags, tag), add(tags, tag.requirementId(), tag.actionId(), framework, item)));
    }

    /** Undo puts back every tag and the framework as they were before, whatever the crosswalk did. */
    static Command changeFramework(TagService tags, Framework to) {
        AtomicReference<List<FrameworkTag>> before = new AtomicReference<>();
        AtomicReference<String> from = new AtomicReference<>();
        return new SimpleEdit("change framework to " + to.name(),
                () -> {
                    from.set(tags.framework().id());
                    before.set(tags.tags());
                    tags.changeFramework(to.id());
                },
                () -> tags.restore(before.get(), from.get(), "Undo: framework changed to " + to.name()),
                () -> tags.changeFramework(to.id()));
    }
}
