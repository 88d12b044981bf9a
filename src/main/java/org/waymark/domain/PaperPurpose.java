package org.waymark.domain;

/** Why a paper comes to the board: the "purpose" box of an NHS board-paper cover sheet. */
public enum PaperPurpose {
    INFORMATION("Information"), DISCUSSION("Discussion"), DECISION("Decision");

    private final String label;

    PaperPurpose(String label) { this.label = label; }

    public String label() { return label; }
}
