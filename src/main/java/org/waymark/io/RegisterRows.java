package org.waymark.io;

import org.waymark.domain.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The register as a table: one row per action, the columns analysts ask for. The headers are ones the importer
 * recognises, so an exported register can be imported into another plan.
 */
final class RegisterRows {

    static final List<String> HEADERS = List.of("Ref", "Action", "Description", "Finding", "Must / should", "Regulation", "Key question",
            "Core service", "Executive lead", "Operational lead", "Start date", "Due date", "Original due date", "Date revisions", "Status",
            "Progress %", "BRAG", "BRAG reason", "BRAG overridden", "Evidence", "Verified evidence items", "Latest update", "Update date");
    static final int BRAG_COLUMN = HEADERS.indexOf("BRAG");

    /** One cell: text, a date, or a whole number; or a BRAG. */
    record Value(String text, LocalDate date, Integer number, Brag brag) {
        static Value of(String s) { return new Value(s == null ? "" : s, null, null, null); }
        static Value of(LocalDate d) { return new Value(null, d, null, null); }
        static Value of(int n) { return new Value(null, null, n, null); }
        static Value of(Brag b) { return new Value(null, null, null, b); }

        /** As csv and LibreOffice show it: dates dd/MM/yyyy, BRAG as its letter. */
        String shown() {
            if (date != null) return Dates.show(date);
            if (number != null) return number.toString();
            if (brag != null) return brag.letter();
            return text;
        }
    }

    private RegisterRows() {}

    static List<List<Value>> of(Plan plan, LocalDate today) {
        List<List<Value>> rows = new ArrayList<>();
        for (ActionRow row : ActionRow.of(plan, today)) {
            Action a = row.action();
            Requirement req = row.requirement();
            BragResult brag = row.brag();
            List<EvidenceItem> evidence = plan.evidenceOf(a.id());
            List<ProgressUpdate> updates = plan.updatesOf(a.id());
            ProgressUpdate latest = updates.isEmpty() ? null : updates.get(0);
            List<Value> r = new ArrayList<>();
            r.add(Value.of(a.ref()));
            r.add(Value.of(a.title()));
            r.add(Value.of(a.description()));
            r.add(Value.of(req == null ? "" : req.text()));
            r.add(Value.of(req == null ? "" : req.priority().label()));
            r.add(req == null || req.regulation() == null ? Value.of("") : Value.of("Reg " + req.regulation()));
            r.add(Value.of(req == null || req.keyQuestion() == null ? "" : req.keyQuestion().label()));
            r.add(Value.of(req == null ? "" : row.serviceName()));
            r.add(Value.of(row.executiveName()));
            r.add(Value.of(row.operationalName()));
            r.add(date(a.start()));
            r.add(date(a.currentDue()));
            r.add(date(a.originalDue()));
            r.add(Value.of(plan.revisionsOf(a.id()).size()));
            r.add(Value.of(a.status().label()));
            r.add(Value.of(a.progress()));
            r.add(Value.of(brag.brag()));
            r.add(Value.of(brag.reason()));
            r.add(Value.of(brag.overridden() ? "Yes" : "No"));
            r.add(Value.of(evidence.stream().map(EvidenceItem::reference).collect(Collectors.joining("\n"))));
            r.add(Value.of((int) evidence.stream().filter(EvidenceItem::verified).count()));
            r.add(Value.of(latest == null ? "" : latest.text()));
            r.add(latest == null ? Value.of("") : Value.of(latest.postedOn()));
            rows.add(r);
        }
        return rows;
    }

    private static Value date(LocalDate d) { return d == null ? Value.of("") : Value.of(d); }

    /**
     * A cell starting with = + - or @ would run as a formula when the file is opened in a spreadsheet; a leading
     * apostrophe keeps it text. The importer removes it again.
     */
    static String neutralise(String s) {
        if (s == null || s.isEmpty()) return s;
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
