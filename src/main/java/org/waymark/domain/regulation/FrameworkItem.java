package org.waymark.domain.regulation;

import org.waymark.domain.KeyQuestion;

/** One quality statement, or one key line of enquiry, under its key question. */
public record FrameworkItem(String code, KeyQuestion keyQuestion, String name) {

    /** "S6 Safe and effective staffing". */
    public String label() { return code + " " + name; }
}
