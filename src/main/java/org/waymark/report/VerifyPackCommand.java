package org.waymark.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.waymark.app.AnchorCheck;
import org.waymark.app.PlanException;
import org.waymark.app.PlanSession;
import org.waymark.report.html.HtmlPackWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Checks a board pack against a plan: is the history the pack was made from still there, and does the plan, as
 * its audit log says it stood at the pack's chain head, give the pack's figures?
 */
@Command(name = "verify", description = {"Check a board pack against a plan: that the audit chain head the pack records (on its cover and in its",
        "XMP metadata, or an HTML pack's data block) is still in the plan's audit chain, and that the plan as its audit log stood at that row gives the",
        "pack's figures, section by section. If not, the history or the figures were changed after the pack was made.",
        "Exit status: 0 both hold, 1 either does not (or the pack records no head), 2 cannot read the pack or the plan."})
public final class VerifyPackCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PACK", description = "A board pack made by Waymark: PDF or HTML.")
    Path pack;

    @Option(names = "--against", required = true, paramLabel = "PLAN", description = "The plan file to check the pack against.")
    Path plan;

    /** A PDF pack keeps its record in its XMP metadata; an HTML pack in a JSON data block in its head. */
    static Optional<PackAnchor> anchor(Path pack) throws IOException {
        byte[] start;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(pack)) {
            start = in.readNBytes(5);
        }
        if (new String(start, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            try (PDDocument doc = Loader.loadPDF(pack.toFile())) {
                PDMetadata m = doc.getDocumentCatalog().getMetadata();
                return PackAnchor.read(m == null ? "" : new String(m.toByteArray(), StandardCharsets.UTF_8));
            }
        }
        String html = java.nio.file.Files.readString(pack, StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<script type=\"application/json\" id=\"" + HtmlPackWriter.RECORD_ID + "\">([^<]*)</script>")
                .matcher(html);
        return m.find() ? PackAnchor.readJson(m.group(1)) : Optional.empty();
    }

    @Override public Integer call() {
        Optional<PackAnchor> read;
        try {
            read = anchor(pack);
        } catch (IOException e) {
            System.err.println("Cannot read " + pack + " as a PDF or HTML board pack: " + e.getMessage() + ". Check that it is a board pack made by Waymark.");
            return 2;
        }
        if (read.isEmpty()) {
            System.out.println(pack.getFileName() + " records no audit chain head (made by an earlier Waymark, or not by Waymark). Nothing to verify against.");
            return 1;
        }
        PackAnchor a = read.get();
        System.out.println("Pack:  " + pack.getFileName() + ", chain head row " + a.row() + ", hash " + a.hash().substring(0, Math.min(12, a.hash().length()))
                + ", " + a.at() + (a.healthy() ? "" : " (the plan FAILED its checks when the pack was made)"));
        try (PlanSession s = PlanSession.look(plan, "verify", Clock.systemUTC())) {
            Optional<String> problem = AnchorCheck.headInChain(s, a.row(), a.hash(), "the pack");
            if (problem.isPresent()) {
                System.out.println("NOT in the plan's chain: " + problem.get() + ".");
                System.out.println("The plan's history differs from the one the pack was made from. Keep both files as evidence.");
                return 1;
            }
            System.out.println("Plan:  " + plan.getFileName() + ": the pack's chain head is in the plan's audit chain; the history up to it is unchanged.");
            if (a.made().isEmpty()) {
                System.out.println("Figures: the pack records none (made by an earlier Waymark), so only its chain head was checked.");
                return 0;
            }
            List<String> differences = PackRecheck.differences(s, a);
            String at = "the plan as at audit row " + a.row() + ", on " + Dates.uk(a.made().get().asAt());
            if (differences.isEmpty()) {
                System.out.println("Figures: " + at + ", gives the pack's figures; every section agrees ("
                        + String.join(", ", a.made().get().fingerprint().sections().keySet()) + ").");
                return 0;
            }
            System.out.println("Figures DIFFER: " + at + ", does not give what the pack shows:");
            differences.forEach(d -> System.out.println("  " + d));
            System.out.println(a.healthy()
                    ? "The pack was not made from the history its chain head records (the pack, or the plan it was made from, was changed). Keep both files as evidence."
                    : "The plan failed its checks when the pack was made, so the pack's figures were not what its audit trail records. Keep both files as evidence.");
            return 1;
        } catch (PlanException | UncheckedIOException e) {
            System.err.println("Cannot check against " + plan + ": " + e.getMessage());
            return 2;
        }
    }
}
