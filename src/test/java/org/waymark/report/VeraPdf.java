package org.waymark.report;

import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** veraPDF, the reference validator, as the external judge of PDF/A-2b and PDF/UA-1. */
final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {}

    /** Failed rules as "clause-test" mapped to one example message; empty when the file conforms. */
    static Map<String, String> failures(Path pdf, PDFAFlavour flavour) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> failed = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.putIfAbsent(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(), a.getMessage() + " @ " + a.getLocation().getContext());
                }
            }
            if (failed.isEmpty() && !result.isCompliant()) failed.put("not-compliant", "validator reported non-compliance without failed assertions");
            return failed;
        }
    }
}
