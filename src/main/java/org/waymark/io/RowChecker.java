package org.waymark.io;

import org.waymark.app.ImportService;
import org.waymark.app.ImportedAction;
import org.waymark.domain.*;
import org.waymark.domain.regulation.Framework;
import org.waymark.domain.regulation.FrameworkItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns each data row into an action draft, or says why it cannot be one. A row is rejected only when it cannot
 * truthfully become an action: a date that does not exist, or no action and no finding text at all. Anything else
 * missing or odd is a warning, and the row goes in.
 */
final class RowChecker {

    private final Sheet sheet;
    private final int headerRow;
    private final ColumnMapping mapping;
    private final Plan plan;
    private final LocalDate today;
    private final DuplicateChoice duplicates;
    private final BragRules rules;
    private final CoreServiceMatcher services;
    private final Framework framework;
    private final Set<String> takenRefs = new HashSet<>();
    private final Map<String, Integer> firstRowOfRef = new HashMap<>();
    private final Map<String, Reading<?>> readings = new HashMap<>();

    /** @param framework the plan's CQC framework, whose items a quality-statement column names */
    RowChecker(Sheet sheet, int headerRow, ColumnMapping mapping, Plan plan, Framework framework, LocalDate today, DuplicateChoice duplicates) {
        this.framework = framework;
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.mapping = mapping;
        this.plan = plan;
        this.today = today;
        this.duplicates = duplicates;
        this.rules = new BragRules(plan.bragKey());
        this.services = new CoreServiceMatcher(plan.coreServices());
        plan.actions().forEach(a -> takenRefs.add(refKey(a.ref())));
    }

    ImportReport check() {
        List<RowReport> reports = new ArrayList<>();
        for (int r = headerRow + 1; r < sheet.rows().size(); r++) {
            if (sheet.blankRow(r)) continue;
            reports.add(sheet.banners()[r] ? banner(r) : row(r));
        }
        return new ImportReport(sheet.fileName(), sheet.name(), headerRow + 1, mapping, reports);
    }

    private RowReport banner(int r) {
        String text = "";
        for (SheetCell c : sheet.rows().get(r)) if (c != null && !c.blank()) { text = c.text(); break; }
        return new RowReport(r + 1, "", Outcome.SKIPPED, List.of(new RowReport.Note(sheet.ref(r, 0),
                "a heading row (\"" + ValueParsers.oneLine(text) + "\"), not an action")), null);
    }

    private RowReport row(int r) {
        List<RowReport.Note> warnings = new ArrayList<>();
        List<RowReport.Note> errors = new ArrayList<>();

        String title = text(r, Field.TITLE);
        String finding = text(r, Field.FINDING);
        String description = text(r, Field.DESCRIPTION);
        if (title == null && finding == null) {
            errors.add(note(r, mapping.column(Field.TITLE) >= 0 ? Field.TITLE : Field.FINDING, "the row has no action and no finding text, so it cannot become an action"));
        } else if (title == null) {
            title = firstLine(finding);
            warnings.add(note(r, Field.TITLE, "no action text; the finding is used as the action's title"));
        }

        String ref = text(r, Field.REF);
        if (ref != null) ref = ref.replaceAll("\\s+", " ");
        String refAsWritten = ref == null ? "" : ref;
        if (ref == null) {
            ref = "ROW-" + (r + 1);
            warnings.add(note(r, Field.REF, "no ref; " + ref + " was given"));
        }

        DateReading due = DateParser.read(cell(r, Field.DUE));
        DateReading start = DateParser.read(cell(r, Field.START));
        if (due.error() != null) errors.add(note(r, Field.DUE, due.error()));
        if (start.error() != null) errors.add(note(r, Field.START, start.error()));
        if (due.warning() != null) warnings.add(note(r, Field.DUE, due.warning()));
        else if (due.date() == null && mapping.column(Field.DUE) >= 0) warnings.add(note(r, Field.DUE, "no due date; the action is imported without one"));
        if (start.warning() != null) warnings.add(note(r, Field.START, "start date: " + start.warning()));

        Reading<Priority> priority = read(r, Field.PRIORITY, ValueParsers::priority, warnings);
        Reading<Integer> regulation = read(r, Field.REGULATION, ValueParsers::regulation, warnings);
        Reading<KeyQuestion> keyQuestion = read(r, Field.KEY_QUESTION, ValueParsers::keyQuestion, warnings);
        Reading<Brag> sheetBrag = read(r, Field.BRAG, ValueParsers::brag, warnings);
        Reading<Integer> progress = ValueParsers.progress(cell(r, Field.PROGRESS));
        if (progress.warning() != null) warnings.add(note(r, Field.PROGRESS, progress.warning()));

        ImportedAction.CoreServiceName service = coreService(r, warnings);
        int pct = progress.value() == null ? 0 : progress.value();
        ActionStatus status = status(r, due, sheetBrag.value(), pct, warnings);
        if (status == ActionStatus.COMPLETE) pct = 100;

        LocalDate startDate = start.date();
        if (startDate != null && due.date() != null && due.date().isBefore(startDate)) {
            warnings.add(note(r, Field.START, "the start, " + Dates.show(startDate) + ", is after the due date; the start is left blank"));
            startDate = null;
        }

        Priority prio = priority.value();
        boolean requirement = finding != null || prio != null || regulation.value() != null || keyQuestion.value() != null || service != null;
        if (requirement && prio == null) {
            prio = regulation.value() != null ? Priority.MUST : Priority.SHOULD;
            warnings.add(note(r, Field.PRIORITY, "must or should is not given; recorded as " + prio.label().toLowerCase()
                    + (prio == Priority.MUST ? " because a regulation is named" : "") + "; check it"));
        }

        // Duplicates are decided last, so a rejected row does not take a ref from a later good one.
        if (!errors.isEmpty()) return new RowReport(r + 1, refAsWritten, Outcome.REJECTED, errors, null);
        String key = refKey(ref);
        if (takenRefs.contains(key)) {
            Integer first = firstRowOfRef.get(key);
            String where = first == null ? "already in the plan" : "also on row " + first;
            switch (duplicates) {
                case SKIP -> { return new RowReport(r + 1, ref, Outcome.SKIPPED, List.of(note(r, Field.REF, "ref " + ref + " is " + where + "; skipped as chosen")), null); }
                case SUFFIX -> {
                    String suffixed = suffixed(ref);
                    warnings.add(0, note(r, Field.REF, "ref " + ref + " is " + where + "; imported as " + suffixed));
                    ref = suffixed;
                    key = refKey(ref);
                }
                default -> { return new RowReport(r + 1, ref, Outcome.REJECTED, List.of(note(r, Field.REF, "ref " + ref + " is " + where
                        + ". Choose whether to skip such rows or to import them with a suffix")), null); }
            }
        }
        takenRefs.add(key);
        firstRowOfRef.putIfAbsent(key, r + 1);

        Action draft = new Action(0, ref, title, description == null ? "" : description, null, null, null, null, null,
                startDate, due.date(), due.date(), status, pct, null, null);
        BragOverride override = override(r, draft, sheetBrag, warnings);
        String update = text(r, Field.UPDATE);
        LocalDate updateDate = update == null ? null : updateDate(r, warnings);
        ImportedAction action = new ImportedAction(ref, title, description == null ? "" : description, finding, prio, regulation.value(), keyQuestion.value(),
                service, person(text(r, Field.EXECUTIVE_LEAD)), person(text(r, Field.OPERATIONAL_LEAD)), startDate, due.date(), status, pct, override,
                text(r, Field.EVIDENCE), update, updateDate, tags(r, warnings));
        return new RowReport(r + 1, ref, warnings.isEmpty() ? Outcome.ACCEPTED : Outcome.WARNED, List.copyOf(warnings), action);
    }

    /** The row's core service, matched to the plan's; one the plan lacks is proposed, with a warning, to be added. */
    private ImportedAction.CoreServiceName coreService(int r, List<RowReport.Note> warnings) {
        String serviceText = text(r, Field.CORE_SERVICE);
        if (serviceText == null) return null;
        CoreServiceMatcher.Match m = services.match(serviceText);
        if (m.isNew()) warnings.add(note(r, Field.CORE_SERVICE, "\"" + ValueParsers.oneLine(serviceText) + "\" is not yet a core service of this plan; it will be added as "
                + m.service().name() + " (" + m.service().code() + ")"));
        return m.service();
    }

    /** The status as written; else what the due cell implies ("Complete"), a Blue BRAG, or the progress. */
    private ActionStatus status(int r, DateReading due, Brag sheetBrag, int pct, List<RowReport.Note> warnings) {
        ActionStatus status = null;
        String statusText = text(r, Field.STATUS);
        if (statusText != null) {
            status = ActionStatus.parse(statusText).orElse(null);
            if (status == null) warnings.add(note(r, Field.STATUS, "\"" + ValueParsers.oneLine(statusText) + "\" is not a status Waymark knows; Not started is used"));
        }
        if (status == null && due.impliedStatus() != null) status = due.impliedStatus();
        if (status == null && sheetBrag == Brag.BLUE) status = ActionStatus.COMPLETE;
        if (status == null) status = pct > 0 ? ActionStatus.IN_PROGRESS : ActionStatus.NOT_STARTED;
        return status;
    }

    /** The sheet's BRAG, kept as an override only where Waymark's rules would give another. */
    private BragOverride override(int r, Action draft, Reading<Brag> sheetBrag, List<RowReport.Note> warnings) {
        if (sheetBrag.value() == null) {
            if (mapping.column(Field.BRAG) >= 0 && sheetBrag.warning() == null) warnings.add(note(r, Field.BRAG, "no BRAG given; Waymark's rules will set it"));
            return null;
        }
        BragResult ruled = rules.assess(draft, List.of(), List.of(), today);
        if (ruled.brag() == sheetBrag.value()) return null;
        warnings.add(note(r, Field.BRAG, "the sheet says " + sheetBrag.value().label() + " but Waymark's rules give " + ruled.brag().label()
                + " (" + ruled.reason() + "); the sheet's " + sheetBrag.value().label() + " is kept as an override; once the evidence is in, clear the override so the rules set it"));
        return new BragOverride(sheetBrag.value(), "As stated in " + sheet.fileName());
    }

    /** The date of the row's update, when a column gives one; null (today is used) when it cannot be read. */
    private LocalDate updateDate(int r, List<RowReport.Note> warnings) {
        if (mapping.column(Field.UPDATE_DATE) < 0) return null;
        DateReading ud = DateParser.read(cell(r, Field.UPDATE_DATE));
        if (ud.error() != null || (ud.date() == null && !ud.blank())) warnings.add(note(r, Field.UPDATE_DATE, "the update's date cannot be read; today's date is used"));
        return ud.date();
    }

    /** "S6, W1" or "S6 Safe and effective staffing" or one per line: each recognised against the plan's framework. */
    private List<String> tags(int r, List<RowReport.Note> warnings) {
        String t = text(r, Field.QUALITY_STATEMENT);
        if (t == null) return List.of();
        List<String> codes = new ArrayList<>();
        for (String part : t.split("[,;\n]+")) {
            if (part.isBlank()) continue;
            java.util.Optional<FrameworkItem> item = framework.recognise(part);
            if (item.isPresent()) { if (!codes.contains(item.get().code())) codes.add(item.get().code()); }
            else warnings.add(note(r, Field.QUALITY_STATEMENT, "\"" + ValueParsers.oneLine(part.strip()) + "\" is not a "
                    + framework.itemKind().toLowerCase(java.util.Locale.UK) + " of " + framework.name() + "; it is not tagged"));
        }
        return codes;
    }

    private String suffixed(String ref) {
        for (int n = 2; ; n++) {
            String candidate = ref + "-" + n;
            if (!takenRefs.contains(refKey(candidate))) return candidate;
        }
    }

    private static String refKey(String ref) { return ImportService.key(ref); }

    private static String person(String name) { return name == null ? null : name.replaceAll("\\s+", " ").strip(); }

    @SuppressWarnings("unchecked")
    private <T> Reading<T> read(int r, Field f, java.util.function.Function<String, Reading<T>> parser, List<RowReport.Note> warnings) {
        String t = text(r, f);
        if (t == null) return Reading.none();
        // Sheets repeat the same few words thousands of times ("Must", "Safe", "G"): read each once.
        Reading<T> reading = (Reading<T>) readings.computeIfAbsent(f.name() + '\u001f' + t, k -> parser.apply(t));
        if (reading.warning() != null) warnings.add(note(r, f, reading.warning()));
        return reading;
    }

    private SheetCell cell(int r, Field f) {
        int c = mapping.column(f);
        return c < 0 ? SheetCell.EMPTY : sheet.cell(r, c);
    }

    /** Multi-line text is kept; Windows line ends become plain ones; a leading apostrophe added against formula injection is removed. */
    private String text(int r, Field f) {
        String t = cell(r, f).text().replace("\r\n", "\n").replace('\r', '\n').strip();
        if (t.length() > 1 && t.charAt(0) == '\'' && "=+-@".indexOf(t.charAt(1)) >= 0) t = t.substring(1);
        return t.isEmpty() ? null : t;
    }

    private RowReport.Note note(int r, Field f, String text) {
        int c = mapping.column(f);
        return new RowReport.Note(sheet.ref(r, Math.max(c, 0)), text);
    }

    private static String firstLine(String s) {
        String line = s.lines().filter(l -> !l.isBlank()).findFirst().orElse(s).strip();
        return line.length() > 200 ? line.substring(0, 197) + "…" : line;
    }
}
