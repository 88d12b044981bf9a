package org.waymark.io;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.waymark.app.PlanSession;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Imports a 10,000-row trust spreadsheet into a new plan (read, header detection, dry run of every row, one
 * transaction with its audit rows) and compares it, in the same run, with bare POI reads of the same file that
 * only touch every cell: the usermodel (how most code reads a workbook) and the streaming SAX reader (the floor).
 * Goal: import ≤ 1.5 × the bare read.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.waymark.io.ImportBenchmark [-Dexec.args="10000 7"]</pre>
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path dir = Files.createTempDirectory("waymark-import-bench");
        Path xlsx = write(dir.resolve("plan-" + rows + ".xlsx"), rows);
        System.out.printf("Workbook: %,d data rows, %,d bytes%n", rows, Files.size(xlsx));

        List<Long> bare = new ArrayList<>(), streamed = new ArrayList<>(), imports = new ArrayList<>();
        for (int i = 0; i < runs + 2; i++) {           // the first two rounds warm the JIT and are not counted
            long b = bareRead(xlsx);
            long st = bareStreamingRead(xlsx);
            long m = importOnce(xlsx, dir.resolve("plan-" + i + ".waymark"), rows);
            if (i >= 2) { bare.add(b); streamed.add(st); imports.add(m); }
        }
        double mb = median(bare) / 1e6, ms = median(streamed) / 1e6, mi = median(imports) / 1e6;
        System.out.printf("Bare POI read, usermodel (WorkbookFactory, every cell): median %7.0f ms over %d runs%n", mb, runs);
        System.out.printf("Bare POI read, streaming (XSSFReader SAX, every cell):  median %7.0f ms%n", ms);
        System.out.printf("Import (read, check every row, commit with audit):      median %7.0f ms%n", mi);
        System.out.printf("Ratio import / bare usermodel read: %.2f x (goal <= 1.5 x)%n", mi / mb);
        System.out.printf("Ratio import / bare streaming read: %.2f x%n", mi / ms);
    }

    /** What any reader must at least do: open the workbook and look at every cell's value. */
    static long bareRead(Path xlsx) throws IOException {
        long t0 = System.nanoTime();
        long seen = 0;
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    seen += c.getCellType() == CellType.NUMERIC ? (long) c.getNumericCellValue() : c.getCellType() == CellType.STRING ? c.getStringCellValue().length() : 0;
                }
            }
        }
        if (seen == 0) throw new IllegalStateException("nothing read");
        return System.nanoTime() - t0;
    }

    /** The cheapest POI read there is: SAX over the sheet, every cell's text handed to a callback. */
    static long bareStreamingRead(Path xlsx) throws Exception {
        long t0 = System.nanoTime();
        long[] seen = {0};
        try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(xlsx.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
            var reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
            var strings = new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(pkg);
            var sheets = reader.getSheetsData();
            try (var in = sheets.next()) {
                var parser = org.apache.poi.util.XMLHelper.newXMLReader();
                parser.setContentHandler(new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                        new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler() {
                            @Override public void startRow(int r) {}
                            @Override public void endRow(int r) {}
                            @Override public void cell(String ref, String value, org.apache.poi.xssf.usermodel.XSSFComment c) { seen[0] += value.length(); }
                        }, false));
                parser.parse(new org.xml.sax.InputSource(in));
            }
        }
        if (seen[0] == 0) throw new IllegalStateException("nothing read");
        return System.nanoTime() - t0;
    }

    static long importOnce(Path xlsx, Path planFile, int expected) {
        try (PlanSession s = PlanSession.create(planFile, "Benchmark Ambulance Service NHS Trust", "bench", ImportTestSupport.APRIL_2018)) {
            SpreadsheetImport imp = new SpreadsheetImport(planFile.resolveSibling("mappings.json"));
            long t0 = System.nanoTime();
            ImportReport report = imp.dryRun(imp.load(xlsx), s, DuplicateChoice.SUFFIX);
            int n = imp.commit(report, s, false);
            long t = System.nanoTime() - t0;
            if (n != expected) throw new IllegalStateException("imported " + n + " of " + expected + ": " + report.summary());
            return t;
        }
    }

    private static double median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2.0;
    }

    /** A large plan in the shape trusts send: title rows, then Ref … Evidence, dates in several forms. */
    static Path write(Path file, int rows) throws IOException {
        String[] services = {"EOC", "EUC", "NHS 111", "PTS", "Trust-wide"};
        String[] questions = {"Safe", "Effective", "Caring", "Responsive", "Well-led"};
        String[] brag = {"G", "Green", "g", "G "};
        String[] execs = {"Director of Operations", "Medical Director", "Director of Nursing", "Director of HR", "Chief Executive"};
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("Action Plan");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            s.createRow(0).createCell(0).setCellValue("Benchmark Ambulance Service NHS Trust – CQC improvement plan");
            String[] headers = {"Ref", "CQC Finding", "Action required", "Must / Should", "Regulation", "Domain", "Core Service", "Exec Lead",
                    "Action Owner", "Target Date", "RAG", "Progress %", "Progress Update", "Evidence"};
            Row h = s.createRow(2);
            for (int c = 0; c < headers.length; c++) h.createCell(c).setCellValue(headers[c]);
            LocalDate base = LocalDate.of(2019, 1, 31);
            for (int i = 0; i < rows; i++) {
                Row r = s.createRow(3 + i);
                r.createCell(0).setCellValue("A" + (i + 1));
                r.createCell(1).setCellValue("Finding " + (i / 3 + 1) + ": staffing and governance did not meet the standard at station " + (i % 40));
                r.createCell(2).setCellValue("Action " + (i + 1) + ": review the rota and report monthly to the Quality and Safety Committee");
                r.createCell(3).setCellValue(i % 3 == 0 ? "Should" : "Must");
                r.createCell(4).setCellValue("Reg " + (12 + i % 7) + "(1)");
                r.createCell(5).setCellValue(questions[i % 5]);
                r.createCell(6).setCellValue(services[i % 5]);
                r.createCell(7).setCellValue(execs[i % 5]);
                r.createCell(8).setCellValue("Operational lead " + (i % 200));
                LocalDate due = base.plusDays(i % 300);
                switch (i % 3) {
                    case 0 -> { r.createCell(9).setCellValue(due); r.getCell(9).setCellStyle(date); }
                    case 1 -> r.createCell(9).setCellValue(String.format("%02d/%02d/%d", due.getDayOfMonth(), due.getMonthValue(), due.getYear()));
                    default -> r.createCell(9).setCellValue(due.toString());
                }
                r.createCell(10).setCellValue(brag[i % 4]);
                r.createCell(11).setCellValue((i % 10) * 10);
                if (i % 2 == 0) r.createCell(12).setCellValue("Update " + i + ": on plan; next report to the committee.");
                if (i % 5 == 0) r.createCell(13).setCellValue("Committee minutes " + i);
            }
            try (OutputStream out = Files.newOutputStream(file)) { wb.write(out); }
        }
        return file;
    }
}
