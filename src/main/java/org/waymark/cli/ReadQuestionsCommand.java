package org.waymark.cli;

import org.waymark.app.PlanException;
import org.waymark.app.PlanSession;
import org.waymark.app.Refused;
import org.waymark.app.infra.AppDirectories;
import org.waymark.app.infra.PreferencesStore;
import org.waymark.app.questions.QuestionService;
import org.waymark.app.questions.ReadBack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Reads board members' questions files back against the plan, as the window does: each question beside its action
 * or section. Without {@code --record} it only lists them and the plan is opened read-only.
 */
@Command(name = "read-questions", description = "List board members' questions files against the plan's actions; --record records them (audited).")
public final class ReadQuestionsCommand implements Callable<Integer> {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file.")
    Path plan;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Questions files (*.board-questions.json).")
    List<Path> files;

    @Option(names = "--record", description = "Record the questions in the plan, so they can be answered (one audited change per file).")
    boolean record;

    @Override public Integer call() {
        if (!Files.isRegularFile(plan)) {
            System.err.println("No plan file at " + plan + ". Check the path.");
            return 2;
        }
        String user = new PreferencesStore(AppDirectories.forCurrentUser().preferencesFile()).load().userName();
        try (PlanSession session = PlanSession.open(plan, !record, user, Clocks.clock())) {
            QuestionService service = new QuestionService(session);
            List<ReadBack> read = new ArrayList<>();
            int refused = 0;
            for (Path f : files) {
                try {
                    read.add(service.readBack(f));
                } catch (Refused e) {
                    refused++;
                    System.err.println("Refused: " + e.getMessage());
                }
            }
            for (ReadBack r : read) {
                System.out.println(r.content().member() + ", " + r.meeting().name() + " " + UK.format(r.meeting().meetingDate()) + " ("
                        + r.file().getFileName() + "):");
                for (ReadBack.Listed l : r.questions()) {
                    System.out.println("  " + l.against() + "\n    " + l.asked().kind().label() + " (" + UK.format(l.asked().askedOn()) + "): "
                            + l.asked().text().replace("\n", "\n    ") + (l.recordedBefore() ? "\n    [already recorded]" : ""));
                }
                if (record) System.out.println("  Recorded " + service.record(r).size() + " new question(s).");
            }
            return refused > 0 ? 1 : 0;
        } catch (Refused e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (PlanException e) {
            System.err.println("Cannot open the plan: " + e.getMessage());
            return 2;
        }
    }
}
