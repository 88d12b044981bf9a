package org.waymark.report.model;

import org.waymark.domain.Brag;

/** One table cell: its text, how it is stressed, and a BRAG chip (letter, word and colour) when it shows one. */
public record Cell(String text, Tone tone, Brag brag) {

    /** Plain text, bold, good news (Met) or bad news (overdue, passed); colour is never the only signal. */
    public enum Tone { PLAIN, BOLD, GOOD, BAD, STRONG }

    public Cell {
        text = text == null ? "" : text;
    }

    public static Cell of(Object text) { return new Cell(text == null ? "" : text.toString(), Tone.PLAIN, null); }

    public static Cell bold(String text) { return new Cell(text, Tone.BOLD, null); }

    public static Cell good(String text) { return new Cell(text, Tone.GOOD, null); }

    public static Cell bad(String text) { return new Cell(text, Tone.BAD, null); }

    /** Bold in the body colour: a state that is neither good nor bad ("Open"). */
    public static Cell strong(String text) { return new Cell(text, Tone.STRONG, null); }

    public static Cell brag(Brag b) { return new Cell(b.label(), Tone.PLAIN, b); }
}
