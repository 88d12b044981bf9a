package org.waymark.io;

/** What to do with a row whose ref is already taken (earlier in the sheet, or in the plan). */
public enum DuplicateChoice {
    /** Not chosen yet: the row is rejected and the report asks for a choice. */
    ASK,
    /** Leave the row out. */
    SKIP,
    /** Import it under the ref with "-2", "-3"… added. */
    SUFFIX
}
