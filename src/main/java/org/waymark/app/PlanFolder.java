package org.waymark.app;

import org.waymark.app.infra.AppDirectories;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where files made for a plan go (update-round forms and e-mails, board members' question files): beside a plan
 * file, where its team already looks; a shared plan has no folder on this computer, so it gets one in Waymark's
 * data folder, named after the plan, and the window says where.
 */
public final class PlanFolder {

    private PlanFolder() {}

    public static Path of(PlanSession session) {
        if (!session.shared()) return session.file().toAbsolutePath().getParent();
        Path folder = AppDirectories.forCurrentUser().root().resolve("shared plans")
                .resolve(PlanAddress.label(session.location()).replaceAll("[^A-Za-z0-9._ ()-]", "_"));
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new PlanException(PlanException.Kind.IO, "Cannot make the folder for this plan's files, " + folder + ": " + e.getMessage()
                    + ". Check that Waymark's data folder can be written to.", e);
        }
    }
}
