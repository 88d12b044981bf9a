package org.waymark.domain;

/**
 * A finding (requirement) or an action tagged with an item of a CQC framework: a quality statement or a key line
 * of enquiry, named by its framework's id and its code. {@code needsReview} marks a tag carried across frameworks
 * without an official mapping, or one the new framework has no place for.
 */
public record FrameworkTag(long id, Long requirementId, Long actionId, String framework, String code, boolean needsReview) {

    public FrameworkTag {
        if ((requirementId == null) == (actionId == null)) throw new IllegalArgumentException("A tag belongs to a finding or an action");
    }

    public FrameworkTag withNeedsReview(boolean review) { return new FrameworkTag(id, requirementId, actionId, framework, code, review); }
}
