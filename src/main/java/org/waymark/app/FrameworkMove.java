package org.waymark.app;

import org.waymark.domain.FrameworkTag;
import org.waymark.domain.regulation.CarriedTags;
import org.waymark.domain.regulation.Crosswalk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The writes a change of framework makes, worked out from the tags alone, so the preview and the change are the one
 * computation. Two old tags of one finding that the crosswalk sends to the same new item give one new tag (the
 * plan holds each tag once).
 *
 * @param add    new tags, flagged for review unless the mapping is the regulator's own
 * @param remove old tags the crosswalk carried across
 * @param flag   old tags with no mapping, not yet flagged: they stay, flagged, for someone to re-tag
 */
record FrameworkMove(List<FrameworkTag> add, List<FrameworkTag> remove, List<FrameworkTag> flag, int unmapped, boolean official) {

    static FrameworkMove of(List<FrameworkTag> tags, String from, String to, Optional<Crosswalk> walk) {
        List<FrameworkTag> add = new ArrayList<>();
        List<FrameworkTag> remove = new ArrayList<>();
        List<FrameworkTag> flag = new ArrayList<>();
        int unmapped = 0;
        Set<String> held = new HashSet<>();
        for (FrameworkTag t : tags) held.add(TagService.key(t));
        for (FrameworkTag old : tags) {
            if (!old.framework().equals(from)) continue;
            CarriedTags c = walk.map(w -> w.carry(List.of(old.code()))).orElse(new CarriedTags(Set.of(), Set.of(old.code()), false));
            if (c.carried().isEmpty()) {
                unmapped++;
                if (!old.needsReview()) flag.add(old);
                continue;
            }
            for (String code : c.carried().stream().sorted().toList()) {
                FrameworkTag t = new FrameworkTag(0, old.requirementId(), old.actionId(), to, code, !c.official());
                if (held.add(TagService.key(t))) add.add(t);
            }
            remove.add(old);
        }
        return new FrameworkMove(List.copyOf(add), List.copyOf(remove), List.copyOf(flag), unmapped, walk.map(Crosswalk::official).orElse(false));
    }

    TagService.FrameworkChange change() { return new TagService.FrameworkChange(add.size(), unmapped, official); }
}
