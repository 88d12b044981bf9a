package org.waymark.io;

/** The file cannot be read as a spreadsheet or plan document. The message says why and what to do next. */
public final class UnreadableFile extends RuntimeException {
    public UnreadableFile(String message) { super(message); }
    public UnreadableFile(String message, Throwable cause) { super(message, cause); }
}
