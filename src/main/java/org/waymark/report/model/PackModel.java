package org.waymark.report.model;

import java.util.List;

/**
 * The whole board pack as content, before any layout: both the PDF and the HTML pack are drawn from this one
 * model, so their sections, figures and wording cannot drift apart.
 *
 * @param title       the document title (cover title, meeting and date)
 * @param organisation the trust's name
 * @param subject     one line saying what the document is, for metadata
 * @param author      the paper's author as the cover names it (may be empty)
 * @param runningHead the meeting and its date, printed at the head of each page
 * @param asAt        "Figures as at dd/MM/yyyy", printed at the foot of each page
 * @param sections    the sections in reading order; the contents is not one of them, each renderer makes its own
 */
public record PackModel(String title, String organisation, String subject, String author, String runningHead, String asAt,
                        String contentsIntro, List<Section> sections) {

    public PackModel {
        sections = List.copyOf(sections);
    }

    /** The sections the contents lists. */
    public List<Section> listed() { return sections.stream().filter(Section::listed).toList(); }
}
