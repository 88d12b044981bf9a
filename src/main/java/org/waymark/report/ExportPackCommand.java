package org.waymark.report;

import org.waymark.app.BoardPackExporter;
import org.waymark.app.BoardPackService;
import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.app.ChainHead;
import org.waymark.app.PlanException;
import org.waymark.app.PlanSession;
import org.waymark.app.Refused;
import org.waymark.domain.BoardMeeting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** Headless board pack: opens the plan read-only and writes the PDF or the HTML. */
@Command(name = "export-pack", description = "Write the board pack for a board meeting: PDF (PDF/A-2b, tagged) or one accessible HTML file.")
public final class ExportPackCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file, or a shared plan's postgresql:// address.")
    String plan;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The file to write (replaced if it exists): .pdf or .html.")
    Path output;

    @Option(names = "--format", paramLabel = "html|pdf", description = "The format; by default the output's extension decides (.html or .htm is HTML, else PDF).")
    String format;

    @Option(names = "--meeting", paramLabel = "ID|NAME|latest", defaultValue = "latest",
            description = "The board meeting: its id, its name, or 'latest' (default).")
    String meeting;

    @Option(names = "--sections", paramLabel = "LIST", defaultValue = "all",
            description = "Comma-separated sections (default all): cover,summary,readiness,notices,exceptions,movement,metrics,timeline,appendix.")
    String sections;

    @Override public Integer call() {
        if (!PlanSession.isShared(plan) && !Files.isRegularFile(Path.of(plan))) {
            System.err.println("No plan file at " + plan + ". Check the path.");
            return 2;
        }
        PackFormat chosenFormat;
        if (format == null || format.isBlank()) {
            chosenFormat = PackFormat.of(output);
        } else if (format.strip().equalsIgnoreCase("html") || format.strip().equalsIgnoreCase("pdf")) {
            chosenFormat = PackFormat.valueOf(format.strip().toUpperCase(java.util.Locale.ROOT));
        } else {
            System.err.println("Unknown format '" + format + "'. Choose html or pdf.");
            return 2;
        }
        long started = System.nanoTime();
        try (PlanSession session = PlanSession.look(plan, "export-pack", clock())) {
            Set<PackSection> chosen = PackSection.parseList(sections);
            BoardPackService service = new BoardPackService(session);
            PackContent content;
            String wrote;
            if (service.meetings().isEmpty() && "latest".equalsIgnoreCase(meeting.strip())) {
                content = service.contentAsAtToday(chosen);
                wrote = "the plan has no board meeting yet, so the pack reports as at " + Dates.uk(content.today())
                        + " and there is no earlier snapshot to compare (take one with 'waymark snapshot')";
            } else {
                Optional<BoardMeeting> m = service.meeting(meeting);
                if (m.isEmpty()) {
                    System.err.println(service.meetings().isEmpty()
                            ? "The plan has no board meetings yet. Leave out --meeting to report as at today, or take a snapshot with 'waymark snapshot'."
                            : "No board meeting '" + meeting + "'. Meetings: " + service.meetings().stream().map(x -> x.id() + " " + x.name()).toList());
                    return 2;
                }
                content = service.content(m.get().id(), chosen);
                wrote = chosenFormat + " board pack for " + m.get().name();
            }
            new PdfBoardPackExporter().export(content, output, chosenFormat, new BoardPackExporter.Progress() {
                @Override public void update(double fraction, String message) {}
                @Override public void warn(String message) { System.err.println("Warning: " + message); }
            });
            System.out.printf("Wrote %s: %s, in %.2f s%n", output, wrote, (System.nanoTime() - started) / 1e9);
            // The health the pack printed on its cover: the checks ran once, for the content.
            ChainHead head = content.chain();
            if (!head.healthy()) {
                System.err.println("Warning: the plan failed its integrity check (" + head.problem() + "). The pack says so on its cover.");
                return 1;
            }
            return 0;
        } catch (Refused e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (PlanException | UncheckedIOException e) {
            System.err.println("Cannot export the board pack: " + e.getMessage());
            return 1;
        }
    }

    /** The system clock, or the day fixed by -Dwaymark.today=YYYY-MM-DD, as the other commands do. */
    private static Clock clock() {
        String today = System.getProperty("waymark.today");
        if (today == null || today.isBlank()) return Clock.systemDefaultZone();
        return Clock.fixed(LocalDate.parse(today).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }
}
