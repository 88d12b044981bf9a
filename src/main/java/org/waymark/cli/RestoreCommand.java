package org.waymark.cli;

import org.waymark.app.infra.BackupHealth;
import org.waymark.app.infra.BackupInfo;
import org.waymark.app.infra.Backups;
import org.waymark.app.PlanException;
import org.waymark.app.infra.PreferencesStore;
import org.waymark.app.infra.AppDirectories;
import org.waymark.app.infra.RestoreResult;
import org.waymark.app.infra.RestoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Lists a plan's automatic backups, or restores one. Exit 0 done, 1 refused, 2 nothing to restore from. */
@Command(name = "restore", description = "Restore a plan from one of its automatic backups (without --from: list them).",
        footer = {"%nThe backup is checked first (integrity and audit chain), a copy of the file being replaced is kept in the backups",
                "folder, and the restore is recorded in the plan's audit trail.",
                "Exit status: 0 restored (or listed), 1 refused, 2 no such backup."})
public final class RestoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The plan file to restore.")
    Path file;

    @Option(names = "--from", paramLabel = "BACKUP", description = "The backup file to restore from (a path, or a name listed without --from).")
    Path from;

    @Option(names = "--user", paramLabel = "NAME", description = "Who is restoring, for the audit trail (default: the operating-system account).")
    String user;

    @Option(names = "--other-plan", description = "Allow restoring a backup of ANOTHER plan over this one (refused without it).")
    boolean otherPlan;

    @Override public Integer call() {
        Backups backups = Backups.forCurrentUser();
        if (from == null) return list(backups);
        Path backup = from.isAbsolute() || from.toFile().exists() ? from : backups.folder().resolve(from);
        String who = user != null && !user.isBlank() ? user
                : org.waymark.app.Identity.osAccount();
        try {
            RestoreResult r = backups.restore(file, backup, who, otherPlan, (done, total, message) -> System.out.println("[" + done + "/" + total + "] " + message));
            System.out.println("Restored " + r.plan() + " from " + r.backup().getFileName() + ".");
            if (r.keptCopy() != null) System.out.println("The file it replaced was kept as " + r.keptCopy());
            System.out.println("The restore is recorded in the audit trail (row " + r.auditRowId() + ").");
            return 0;
        } catch (PlanException e) {
            System.err.println("Not restored: " + e.getMessage());
            return e.kind() == PlanException.Kind.NOT_FOUND ? 2 : 1;
        }
    }

    private int list(Backups backups) {
        List<BackupInfo> all = backups.list(file);
        if (all.isEmpty()) {
            System.out.println("There are no backups of " + file + " in " + backups.folder() + ".");
            System.out.println("Backups are taken each time the plan is opened for editing.");
            return 2;
        }
        System.out.println("Backups of " + file.getFileName() + " in " + backups.folder() + " (newest first):");
        for (BackupInfo b : all) {
            BackupHealth h = backups.health(b.file());
            System.out.printf("  %s  %8s  %-40s %s%n      %s%n", b.takenText(), b.sizeText(), b.reasonText(), h.sound() ? "sound" : "NOT SOUND", b.file().getFileName());
        }
        System.out.println("Restore one with: waymark restore " + file + " --from BACKUP");
        return 0;
    }
}
