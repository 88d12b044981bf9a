package org.waymark.app;

import java.util.List;

/** Whether the audit log proves the stored data, in words: a summary and the first differences found. */
public record DataCheck(boolean proven, String summary, List<String> differences, long differenceCount) {}
