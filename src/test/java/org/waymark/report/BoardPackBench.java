package org.waymark.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.waymark.app.BoardPackExporter;
import org.waymark.app.BoardPackService;
import org.waymark.app.PackSection;
import org.waymark.app.PlanSession;
import org.waymark.app.demo.DemoPlanGenerator;
import org.waymark.domain.Action;
import org.waymark.domain.Plan;
import org.waymark.domain.Requirement;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Board-pack benchmark. Run after {@code ./mvnw -q -DskipTests package}:
 * <pre>
 *   ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.waymark.report.BoardPackBench
 * </pre>
 * Prints (1) the median in-process time of a full pack for a 300-action plan, and (2) the median whole-process time
 * of {@code java -jar target/waymark.jar export-pack} against {@code soffice --headless --convert-to pdf} on the
 * same register written as xlsx, with their ratio, measured in the same run.
 */
public final class BoardPackBench {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("Europe/London"));

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        Path dir = Files.createTempDirectory("waymark-bench");
        Path plan = dir.resolve("plan300.waymark");
        try (PlanSession s = DemoPlanGenerator.write(plan, 300, 7, false, "bench", CLOCK)) {
            long meeting = new BoardPackService(s).meeting("latest").orElseThrow().id();
            BoardPackExporter exporter = new PdfBoardPackExporter();
            Path out = dir.resolve("pack.pdf");
            for (int i = 0; i < 3; i++) exporter.export(s, meeting, EnumSet.allOf(PackSection.class), out, BoardPackExporter.Progress.NONE);
            double[] times = new double[runs], cpu = new double[runs];
            var threads = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
                exporter.export(s, meeting, EnumSet.allOf(PackSection.class), out, BoardPackExporter.Progress.NONE);
                times[i] = (System.nanoTime() - t0) / 1e9;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            }
            System.out.printf("In-process full pack, 300 actions: median %.3f s wall (min %.3f, max %.3f), median %.3f s CPU of the exporting thread, over %d runs; %d pages, %d bytes%n",
                    median(times), Arrays.stream(times).min().orElse(0), Arrays.stream(times).max().orElse(0), median(cpu), runs,
                    pages(out), Files.size(out));
            if (args.length > 1 && args[1].equals("in-process")) return;
            Path xlsx = dir.resolve("register.xlsx");
            writeXlsx(s.plan(), xlsx);
            wholeProcess(dir, plan, xlsx, Math.max(3, runs / 2));
        }
    }

    private static void wholeProcess(Path dir, Path plan, Path xlsx, int runs) throws Exception {
        Path jar = Path.of("target/waymark.jar").toAbsolutePath();
        if (!Files.exists(jar)) { System.out.println("Build target/waymark.jar first (./mvnw -q -DskipTests package)."); return; }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> waymark = List.of(java, "-Dwaymark.today=2026-11-25", "-jar", jar.toString(), "export-pack", plan.toString(), "-o", dir.resolve("cli.pdf").toString());
        List<String> office = List.of("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("lo-profile"), "--convert-to", "pdf",
                "--outdir", dir.resolve("lo").toString(), xlsx.toString());
        run(office, dir);
        run(waymark, dir);
        double[] w = new double[runs], o = new double[runs], wc = new double[runs], oc = new double[runs];
        for (int i = 0; i < runs; i++) {
            double[] a = run(waymark, dir), b = run(office, dir);
            w[i] = a[0]; wc[i] = a[1];
            o[i] = b[0]; oc[i] = b[1];
        }
        System.out.printf("Whole process, median of %d: waymark export-pack %.3f s wall (%.2f s CPU); soffice --convert-to pdf (xlsx register) %.3f s wall (%.2f s CPU); ratio %.2fx wall, %.2fx CPU%n",
                runs, median(w), median(wc), median(o), median(oc), median(o) / median(w), median(oc) / median(wc));
        System.out.println("(CPU = user + system of the whole process tree, from /usr/bin/time; -1 when it is not installed. Load average now: "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + ")");
    }

    /** Wall seconds and, through /usr/bin/time, CPU seconds (user + system) of the whole process. */
    private static double[] run(List<String> cmd, Path dir) throws IOException, InterruptedException {
        boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
        Path cpuFile = dir.resolve("cpu.txt");
        List<String> full = new ArrayList<>();
        if (timed) full.addAll(List.of("/usr/bin/time", "-f", "%U %S", "-o", cpuFile.toString()));
        full.addAll(cmd);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) { p.destroyForcibly(); throw new IllegalStateException("Timed out: " + cmd); }
        double wall = (System.nanoTime() - t0) / 1e9;
        if (p.exitValue() != 0) throw new IllegalStateException("Failed (" + p.exitValue() + "): " + cmd);
        double cpu = -1;
        if (timed) {
            String[] parts = Files.readString(cpuFile).trim().split("\\s+");
            cpu = Double.parseDouble(parts[parts.length - 2]) + Double.parseDouble(parts[parts.length - 1]);
        }
        return new double[]{wall, cpu};
    }

    /** The register as a plain xlsx, the way a governance team keeps it in Excel today. */
    static void writeXlsx(Plan plan, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Register");
            String[] head = {"Ref", "Action", "Requirement", "Executive lead", "Start", "Due", "Original due", "Status", "Progress", "BRAG"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < head.length; i++) h.createCell(i).setCellValue(head[i]);
            int r = 1;
            for (Action a : plan.actions()) {
                Row row = sheet.createRow(r++);
                List<String> v = new ArrayList<>(List.of(a.ref(), a.title(), plan.requirement(a.requirementId()).map(Requirement::ref).orElse(""),
                        plan.person(a.executiveLeadId()).map(p -> p.name()).orElse(""), Dates.uk(a.start()), Dates.uk(a.currentDue()),
                        Dates.uk(a.originalDue()), a.status().label(), a.progress() + "%", plan.brag(a, CLOCK.instant().atZone(CLOCK.getZone()).toLocalDate()).brag().label()));
                for (int i = 0; i < v.size(); i++) row.createCell(i).setCellValue(v.get(i));
            }
            for (int i = 0; i < head.length; i++) sheet.setColumnWidth(i, i == 1 ? 60 * 256 : 16 * 256);
            wb.write(out);
        }
    }

    private static int pages(Path pdf) throws IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
