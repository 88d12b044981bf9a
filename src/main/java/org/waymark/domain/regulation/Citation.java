package org.waymark.domain.regulation;

/** Where a piece of regulation data comes from: every data file names at least one. {@code published} is as precise as the source is. */
public record Citation(String publisher, String title, String published, String note) {

    public String describe() {
        return publisher + ", " + title + (published == null ? "" : " (" + published + ")");
    }
}
