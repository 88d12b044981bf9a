package org.waymark.domain;

/** What kind of regulatory instrument a requirement comes from. */
public enum SourceKind {
    WARNING_NOTICE_S29A("Section 29A warning notice"),
    REQUIREMENT_NOTICE("Requirement notice"),
    CONDITION("Condition on registration"),
    S64_LETTER("Section 64 information request"),
    INSPECTION_REPORT("Inspection report"),
    INTERNAL("Internal");

    private final String label;

    SourceKind(String label) { this.label = label; }

    public String label() { return label; }
}
