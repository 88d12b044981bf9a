package org.waymark.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a spreadsheet column can hold, with the header words trusts use for it. */
public enum Field {
    REF("Ref", "ref", "ref no", "reference", "action ref", "action reference", "action no", "action number", "action id", "id", "no", "number", "item", "item no", "#"),
    FINDING("Finding", "finding", "findings", "requirement", "cqc requirement", "cqc finding", "issue", "issue identified", "concern", "recommendation",
            "area for improvement", "regulatory requirement", "breach", "what cqc found", "must do should do", "must should do", "cqc must do should do"),
    TITLE("Action", "action", "actions", "action required", "actions required", "improvement action", "action to be taken", "actions to be taken",
            "what we will do", "planned action", "planned actions", "action description", "description of action", "agreed action"),
    DESCRIPTION("Description", "description", "notes", "comments", "detail", "details", "further detail"),
    PRIORITY("Must / should", "must should", "must or should", "must do should do", "must do or should do", "priority", "type", "category", "m s"),
    REGULATION("Regulation", "regulation", "regulations", "reg", "reg no", "regulation breached", "regulation number", "hsca regulation", "fundamental standard"),
    KEY_QUESTION("Key question", "key question", "kq", "kloe", "domain", "cqc domain", "key line of enquiry", "cqc key question"),
    QUALITY_STATEMENT("Quality statement", "quality statement", "quality statements", "qs", "qs ref", "quality statement ref",
            "quality statement number", "saf quality statement", "cqc quality statement", "kloe code", "kloe codes", "kloe ref", "kloe number",
            "framework item", "cqc framework item"),
    CORE_SERVICE("Core service", "core service", "service", "service line", "service area", "core service area"),
    EXECUTIVE_LEAD("Executive lead", "exec lead", "executive lead", "lead director", "executive director", "exec owner", "executive owner",
            "responsible director", "director lead", "accountable director", "accountable executive", "sro", "executive sponsor"),
    OPERATIONAL_LEAD("Operational lead", "operational lead", "lead", "action owner", "owner", "responsible person", "lead officer", "lead manager",
            "operational owner", "responsible lead", "responsible officer", "action lead"),
    START("Start date", "start", "start date", "date started", "date commenced", "commenced"),
    DUE("Due date", "due", "due date", "target date", "deadline", "completion date", "target completion date", "date due", "timescale", "timescales",
            "by when", "target", "complete by", "completion by", "original due date"),
    STATUS("Status", "status", "action status", "current status", "progress status", "state"),
    BRAG("BRAG", "brag", "rag", "brag rating", "rag rating", "brag status", "rag status", "rating", "b r a g", "r a g"),
    PROGRESS("Progress %", "progress", "% complete", "percent complete", "percentage complete", "progress %", "% progress", "complete %"),
    EVIDENCE("Evidence", "evidence", "evidence of completion", "assurance evidence", "evidence provided", "evidence of progress", "evidence available",
            "evidence assurance", "assurance"),
    UPDATE("Progress update", "update", "progress update", "latest update", "progress to date", "progress narrative", "commentary", "update narrative",
            "position statement", "current position", "latest position", "progress update narrative"),
    UPDATE_DATE("Update date", "update date", "last updated", "date updated", "date of update", "updated"),
    IGNORE("(not imported)");

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^a-z0-9%#]+");
    private final String label;
    private final List<String> synonyms;

    Field(String label, String... synonyms) {
        this.label = label;
        this.synonyms = List.of(synonyms);
    }

    public String label() { return label; }

    List<String> synonyms() { return synonyms; }

    /** "Exec. Lead", "EXEC LEAD " and "Exec-Lead" all become "exec lead"; "&" reads as "and". */
    static String normalise(String header) {
        if (header == null) return "";
        return NOT_WORD.matcher(header.toLowerCase(Locale.ROOT).replace("&", " and ").replace("/", " ")).replaceAll(" ").strip();
    }

    /** By enum name or label, any case: what a saved mapping or a --mapping file holds. */
    public static Optional<Field> named(String text) {
        if (text == null) return Optional.empty();
        String n = normalise(text);
        for (Field f : values()) {
            if (f.name().equalsIgnoreCase(text.strip()) || normalise(f.label).equals(n)) return Optional.of(f);
        }
        if (n.isEmpty() || n.equals("ignore") || n.equals("not imported") || n.equals("none")) return Optional.of(IGNORE);
        return Optional.empty();
    }
}
