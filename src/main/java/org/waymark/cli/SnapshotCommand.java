package org.waymark.cli;

import org.waymark.app.infra.AppDirectories;
import org.waymark.app.BoardService;
import org.waymark.app.PlanException;
import org.waymark.app.PlanSession;
import org.waymark.app.SafeWrite;
import org.waymark.app.infra.PreferencesStore;
import org.waymark.app.Refused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

/**
 * Takes the board snapshot from the command line, exactly as the window's Snapshots view does: the same service,
 * one audited write under the user's name, the meeting created if it is new.
 */
@Command(name = "snapshot", description = "Freeze every action's state for a board meeting (creates the meeting if it is new).")
public final class SnapshotCommand implements Callable<Integer> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Parameters(index = "0", paramLabel = "FILE", description = "The plan file.")
    Path file;

    @Option(names = "--meeting", required = true, paramLabel = "NAME", description = "The meeting, e.g. \"Trust Board\".")
    String meeting;

    @Option(names = "--date", paramLabel = "DATE", description = "The meeting's date, dd/MM/yyyy or yyyy-MM-dd (default today).")
    String date;

    @Option(names = "--accept-broken", description = "Write even though the plan's audit trail is broken or does not prove its data (recorded in the audit trail).")
    boolean acceptBroken;

    @Override public Integer call() {
        if (!Files.isRegularFile(file)) {
            System.err.println("No plan file at " + file + ". Check the path.");
            return 2;
        }
        String user = new PreferencesStore(AppDirectories.forCurrentUser().preferencesFile()).load().userName();
        try (PlanSession session = SafeWrite.open(file, user, Clocks.clock(), acceptBroken, "snapshot")) {
            LocalDate when = date == null || date.isBlank() ? session.today() : Clocks.day(date.strip());
            if (when == null) {
                System.err.println("The date '" + date + "' is not a date. Write it as dd/MM/yyyy, e.g. 03/12/2026.");
                return 2;
            }
            new BoardService(session).takeSnapshot(meeting, when);
            System.out.println("Snapshot taken for " + meeting.strip() + " on " + SHOWN.format(when) + ": "
                    + session.plan().actions().size() + " actions frozen.");
            return 0;
        } catch (Refused e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (PlanException e) {
            System.err.println("Cannot take the snapshot: " + e.getMessage());
            return 1;
        }
    }
}
