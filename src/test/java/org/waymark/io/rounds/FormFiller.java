package org.waymark.io.rounds;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Fills a form as an owner would (POI), or re-saves it through LibreOffice as a trust using it would. */
final class FormFiller {

    private final XSSFWorkbook wb;

    private FormFiller(XSSFWorkbook wb) { this.wb = wb; }

    static void fill(Path form, Consumer<FormFiller> edits) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(form)) {
            wb = new XSSFWorkbook(in);
        }
        edits.accept(new FormFiller(wb));
        try (OutputStream out = Files.newOutputStream(form)) {
            wb.write(out);
        }
        wb.close();
    }

    /** The cell of the form's data row {@code index} (0-based) and column {@code col} (0 = A). */
    Cell cell(int index, int col) {
        Row row = wb.getSheet(FormLayout.SHEET).getRow(FormLayout.FIRST_DATA_ROW + index);
        Cell c = row.getCell(col);
        return c != null ? c : row.createCell(col);
    }

    void set(int index, int col, String text) { cell(index, col).setCellValue(text); }

    void set(int index, int col, double n) { cell(index, col).setCellValue(n); }

    void set(int index, int col, LocalDate d) { cell(index, col).setCellValue(d); }

    void formula(int index, int col, String formula) { cell(index, col).setCellFormula(formula); }

    String text(int index, int col) { return UpdateFormReader.text(cell(index, col)); }

    void hidden(int row, int col, String text) {
        Row r = wb.getSheet(FormLayout.HIDDEN).getRow(row);
        r.getCell(col).setCellValue(text);
    }

    static boolean libreOfficeAvailable() {
        try {
            return new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start().waitFor(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }

    /** Opens the form in LibreOffice headless and saves it again as .xlsx, replacing the original. */
    static void resaveWithLibreOffice(Path form, Path work) throws Exception {
        Path out = Files.createDirectories(work.resolve("lo-out"));
        Path profile = Files.createDirectories(work.resolve("lo-profile"));
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "xlsx",
                "--outdir", out.toString(), form.toString()).redirectErrorStream(true).redirectOutput(work.resolve("lo.log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not finish re-saving " + form);
        }
        Path saved = out.resolve(form.getFileName());
        if (!Files.exists(saved)) throw new IllegalStateException("LibreOffice wrote nothing: " + Files.readString(work.resolve("lo.log")));
        Files.move(saved, form, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
