package org.waymark.bench;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.waymark.app.PlanSession;
import org.waymark.app.infra.RuntimeSetup;
import org.waymark.app.demo.DemoPlanGenerator;
import org.waymark.app.rounds.FormRow;
import org.waymark.app.rounds.IssuedRound;
import org.waymark.app.rounds.OwnerForm;
import org.waymark.app.rounds.ReturnedForm;
import org.waymark.app.rounds.RoundService;
import org.waymark.io.rounds.UpdateFormReader;
import org.waymark.io.rounds.UpdateFormWriter;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Update rounds at scale: forms for 200 owners of a 20,000-action plan, and reading the 200 back, each beside a
 * bare POI write / read of the same rows and columns in the same run.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.waymark.bench.UpdateRoundBench</pre>
 */
public final class UpdateRoundBench {

    public static void main(String[] args) throws Exception {
        // As the app does at start-up (Main, the window): POI's saves skip the class-path search for an XSLT factory.
        RuntimeSetup.pinXmlTransformer();
        Path dir = Files.createTempDirectory("round-bench");
        Path file = dir.resolve("bench.waymark");
        DemoPlanGenerator.write(file, 20_000, 1, false, "bench", Clock.systemDefaultZone()).close();
        spreadOver200Owners(file);
        try (PlanSession s = PlanSession.open(file, false, "bench", Clock.systemDefaultZone())) {
            RoundService rounds = new RoundService(s);
            List<OwnerForm> forms = new ArrayList<>();
            int[] n = {0};
            double write = Stats.medianMillis(0, 3, () -> {
                Path out = dir.resolve("forms-" + n[0]++);
                IssuedRound r = rounds.start(null, List.of(), issued -> issued.forms().forEach(f ->
                        UpdateFormWriter.write(f, out.resolve(f.identity().ownerId() + ".xlsx"))));
                forms.clear();
                forms.addAll(r.forms());
            });
            double bareWrite = Stats.medianMillis(0, 3, () -> {
                Path out = Files.createDirectories(dir.resolve("bare-" + n[0]++));
                for (OwnerForm f : forms) bareWrite(f, out.resolve(f.identity().ownerId() + ".xlsx"));
            });
            int rows = forms.stream().mapToInt(f -> f.rows().size()).sum();
            System.out.println(forms.size() + " owners, " + rows + " form rows");
            Stats.print("start round + write 200 forms", write, "bare POI write, same rows", bareWrite, "≤ 10 s");
            Path last = dir.resolve("forms-2");
            List<Path> files;
            try (var list = Files.list(last)) { files = list.sorted().toList(); }
            double read = Stats.medianMillis(0, 3, () -> {
                List<ReturnedForm> got = new ArrayList<>();
                for (Path f : files) got.add(UpdateFormReader.read(f));
                rounds.review(got);
            });
            double bareRead = Stats.medianMillis(0, 3, () -> { for (Path f : files) bareRead(f); });
            Stats.print("read + review 200 returned forms", read, "bare POI read, same files", bareRead, "≤ 10 s");
        }
    }

    /** 200 owners sharing the actions round-robin: setup for the benchmark only, so straight SQL. */
    private static void spreadOver200Owners(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            for (int i = 0; i < 200; i++) st.executeUpdate("INSERT INTO person (name) VALUES ('Bench owner " + i + "')");
            st.executeUpdate("UPDATE action SET operational_lead_id = (SELECT min(id) FROM person WHERE name LIKE 'Bench owner %') + (id % 200)");
            c.commit();
        }
    }

    private static void bareWrite(OwnerForm f, Path target) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            XSSFSheet s = wb.createSheet("Form");
            for (int i = 0; i < f.rows().size(); i++) {
                FormRow r = f.rows().get(i);
                Row row = s.createRow(i);
                List<String> v = r.lockedValues();
                for (int c = 0; c < v.size(); c++) row.createCell(c).setCellValue(v.get(c));
                row.createCell(7).setCellValue(r.status());
                row.createCell(8).setCellValue(r.progress());
                for (int c = 9; c < 14; c++) row.createCell(c);
            }
            wb.write(out);
        }
    }

    private static void bareRead(Path f) throws Exception {
        try (Workbook wb = WorkbookFactory.create(f.toFile(), null, true)) {
            Sheet s = wb.getSheetAt(0);
            int cells = 0;
            for (Row r : s) for (Cell c : r) cells += c.toString().length() > 0 ? 1 : 0;
            if (cells < 0) throw new IllegalStateException();
        }
    }
}
