package org.waymark.io;

import org.waymark.app.PlanException;
import org.waymark.app.PlanSession;
import org.waymark.app.SafeWrite;
import org.waymark.app.Refused;
import org.waymark.app.rounds.Outcome;
import org.waymark.app.rounds.ProposedChange;
import org.waymark.app.rounds.ReturnedForm;
import org.waymark.app.rounds.ReviewedForm;
import org.waymark.app.rounds.RoundService;
import org.waymark.io.rounds.UpdateFormReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Reads returned update forms into proposed changes, and applies them when told to. */
@Command(name = "read-updates", sortOptions = false, description = {
        "Read returned update forms and list each row as accepted, conflict (the action changed since the form was issued) or rejected, with the reason.",
        "Nothing changes without --apply; then every accepted row is applied in one audited transaction. A new due date becomes a",
        "pending revision for approval; Complete never becomes Blue without verified evidence. Conflicts are kept as the plan has them,",
        "unless named with --take.",
        "Exit status: 0 all rows accepted (and applied), 1 rows rejected or in conflict, or nothing to apply, 2 cannot read a file or the plan."})
public final class ReadUpdatesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file.")
    Path plan;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FORM.xlsx", description = "Returned forms.")
    List<Path> forms;

    @Option(names = "--dry-run", description = "Open the plan read-only and only report (the default without --apply).")
    boolean dryRun;

    @Option(names = "--report", paramLabel = "R.csv", description = "Also write the per-row report as csv.")
    Path report;

    @Option(names = "--apply", description = "Apply the accepted rows (and conflicts named with --take) as one audited change.")
    boolean apply;

    @Option(names = "--take", split = ",", paramLabel = "REF", description = "For these action refs in conflict, take the form's version.")
    List<String> take = new ArrayList<>();

    @Option(names = "--accept-broken", description = "Write even though the plan's audit trail is broken or does not prove its data (recorded in the audit trail).")
    boolean acceptBroken;

    @Override public Integer call() {
        if (dryRun && apply) return cannot("Choose --dry-run or --apply, not both.");
        List<ReturnedForm> read = new ArrayList<>();
        try {
            for (Path f : forms) read.add(UpdateFormReader.read(f));
        } catch (UnreadableFile e) {
            return cannot(e.getMessage());
        }
        try (PlanSession session = apply ? SafeWrite.open(plan, CommandSupport.user(), CommandSupport.clock(), acceptBroken, "read-updates")
                : PlanSession.open(plan, true, CommandSupport.user(), CommandSupport.clock())) {
            RoundService rounds = new RoundService(session);
            List<ReviewedForm> reviewed = rounds.review(read).stream().map(this::resolve).toList();
            List<ProposedChange> all = reviewed.stream().flatMap(f -> f.changes().stream()).toList();
            print(reviewed);
            if (report != null) ReturnReport.write(all, report);
            boolean clean = all.stream().noneMatch(c -> c.outcome() == Outcome.REJECTED || c.outcome() == Outcome.CONFLICT && !c.take());
            if (!apply) {
                System.out.println("Nothing changed. Use --apply to apply the accepted rows.");
                return clean ? 0 : 1;
            }
            if (all.stream().noneMatch(ProposedChange::applies)) {
                System.out.println("Nothing applied: no row was accepted.");
                return 1;
            }
            int n = rounds.apply(reviewed);
            System.out.println("Applied " + n + " change(s) from " + reviewed.stream().filter(f -> !f.refused()).count() + " form(s) as one audited change.");
            return clean ? 0 : 1;
        } catch (Refused e) {
            return cannot("Nothing applied: " + e.getMessage());
        } catch (PlanException e) {
            return cannot("Cannot read updates into " + plan + ": " + e.getMessage());
        }
    }

    private ReviewedForm resolve(ReviewedForm f) {
        return f.with(f.changes().stream().map(c -> c.outcome() == Outcome.CONFLICT && take.contains(c.ref()) ? c.taking(true) : c).toList());
    }

    private static void print(List<ReviewedForm> reviewed) {
        int[] n = new int[3];
        for (ReviewedForm f : reviewed) {
            System.out.println(f.file() + (f.owner().isEmpty() ? "" : " (" + f.owner() + ")") + ":");
            if (f.changes().isEmpty()) System.out.println("  no changes");
            for (ProposedChange c : f.changes()) {
                n[c.outcome().ordinal()]++;
                String where = c.row() > 0 ? "Row " + c.row() + " " + c.ref() : "Form";
                System.out.printf("  %-16s %-9s %s%n", where, c.outcome().label(), c.proposal() == null ? c.reason() : c.proposal().describe());
                if (c.outcome() == Outcome.CONFLICT) {
                    System.out.println("                   as issued: " + c.asIssued());
                    System.out.println("                   now:       " + c.now() + (c.take() ? "  (taking the form's version)" : "  (keeping the plan's version)"));
                }
            }
        }
        System.out.println(n[0] + " accepted, " + n[1] + " in conflict, " + n[2] + " rejected.");
    }

    private static int cannot(String message) {
        System.err.println(message);
        return 2;
    }
}
