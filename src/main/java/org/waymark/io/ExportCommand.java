package org.waymark.io;

import org.waymark.app.PlanException;
import org.waymark.app.ChainHead;
import org.waymark.app.PlanSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Writes the register (xlsx, csv), the whole plan (json) or an offline copy (waymark). Opens the plan, a file or a shared plan, read-only. */
@Command(name = "export", description = {"Export the register to .xlsx or .csv, or the whole plan (audit log and snapshots included) to .json, "
        + "or to .waymark: an offline copy, an ordinary plan file marked read-only with where and when it was taken.",
        "Exit status: 0 written, 2 cannot open the plan or write the file."})
public final class ExportCommand implements Callable<Integer> {

    /** The offline copy: a whole plan file, not one of the exporter's document formats. */
    private static final String OFFLINE_COPY = "waymark";

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file, or a shared plan's address postgresql://[user@]host[:port]/database.")
    String plan;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The file to write.")
    Path output;

    @Option(names = "--format", paramLabel = "xlsx|csv|json|waymark", description = "The format; by default the output's extension.")
    String format;

    @Override public Integer call() {
        String f = (format != null ? format : SpreadsheetReader.extension(output.getFileName().toString())).strip().toLowerCase(Locale.ROOT);
        FileExporter exporter = new FileExporter();
        if (!exporter.formats().contains(f) && !f.equals(OFFLINE_COPY)) {
            System.err.println("Give --format xlsx, csv, json or waymark (or an output file with one of those extensions), not \"" + f + "\".");
            return 2;
        }
        try (PlanSession s = PlanSession.look(plan, CommandSupport.user(), CommandSupport.clock())) {
            try {
                if (f.equals(OFFLINE_COPY)) {
                    s.offlineCopy(output);
                    System.out.println("Wrote " + output + ": an offline copy of " + s.location() + " (" + s.plan().actions().size()
                            + " actions, " + s.auditRows() + " audit rows). It opens read-only; `waymark check " + output + "` verifies it.");
                    return 0;
                }
                exporter.export(s, output, f);
            } catch (PlanException e) {
                System.err.println("Cannot export " + PlanSession.shown(plan) + ": " + e.getMessage() + " Nothing was written.");
                return 2;
            }
            System.out.println("Wrote " + output + " (" + f + ", " + s.plan().actions().size() + " actions).");
            // An export of a broken plan still works, but whoever runs it must hear that the figures are not proven.
            ChainHead head = ChainHead.of(s);
            if (!head.healthy()) {
                System.err.println("Warning: the plan failed its integrity check (" + head.problem() + "), so what was exported is not what its audit trail records.");
                return 1;
            }
            return 0;
        } catch (PlanException e) {
            System.err.println("Cannot open " + PlanSession.shown(plan) + ": " + e.getMessage());
            return 2;
        } catch (UnreadableFile e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}
