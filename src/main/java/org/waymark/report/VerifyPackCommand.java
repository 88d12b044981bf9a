package org.waymark.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.waymark.app.AnchorCheck;
import org.waymark.app.PlanException;
import org.waymark.app.PlanSession;
import org.waymark.report.layout.PdfStandards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks a board pack's printed chain head against a plan: is the history the pack was made from still there? */
@Command(name = "verify", description = {"Check that the audit chain head a board pack records (on its cover and in its XMP metadata)",
        "is still in the plan's audit chain. If it is not, the plan's history was rewritten after the pack was made.",
        "Exit status: 0 the pack's head is in the chain, 1 it is not (or the pack records no head), 2 cannot read the pack or the plan."})
public final class VerifyPackCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PACK.pdf", description = "A board pack made by Waymark.")
    Path pack;

    @Option(names = "--against", required = true, paramLabel = "PLAN", description = "The plan file to check the pack against.")
    Path plan;

    @Override public Integer call() {
        String xmp;
        try (PDDocument doc = Loader.loadPDF(pack.toFile())) {
            PDMetadata m = doc.getDocumentCatalog().getMetadata();
            xmp = m == null ? "" : new String(m.toByteArray(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Cannot read " + pack + " as a PDF: " + e.getMessage());
            return 2;
        }
        Optional<String> row = field(xmp, "chainRow"), hash = field(xmp, "chainHash"), at = field(xmp, "chainTime");
        if (row.isEmpty() || hash.isEmpty() || !xmp.contains(PdfStandards.WAYMARK_NS)) {
            System.out.println(pack.getFileName() + " records no audit chain head (made by an earlier Waymark, or not by Waymark). Nothing to verify against.");
            return 1;
        }
        long n = Long.parseLong(row.get());
        System.out.println("Pack:  " + pack.getFileName() + ", chain head row " + n + ", hash " + hash.get().substring(0, Math.min(12, hash.get().length()))
                + ", " + at.orElse("?") + (field(xmp, "planHealthy").orElse("True").equals("False") ? " (the plan FAILED its checks when the pack was made)" : ""));
        try (PlanSession s = PlanSession.open(plan, true, "verify", Clock.systemUTC())) {
            Optional<String> problem = AnchorCheck.headInChain(s, n, hash.get(), "the pack");
            if (problem.isPresent()) {
                System.out.println("NOT in the plan's chain: " + problem.get() + ".");
                System.out.println("The plan's history differs from the one the pack was made from. Keep both files as evidence.");
                return 1;
            }
            System.out.println("Plan:  " + plan.getFileName() + ": the pack's chain head is in the plan's audit chain; the history up to it is unchanged.");
            return 0;
        } catch (PlanException e) {
            System.err.println("Cannot open " + plan + ": " + e.getMessage());
            return 2;
        }
    }

    private static Optional<String> field(String xmp, String name) {
        Matcher m = Pattern.compile("<waymark:" + name + ">([^<]*)</waymark:" + name + ">").matcher(xmp);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
