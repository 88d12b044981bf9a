package org.waymark.ui.shell;

import javafx.scene.control.Dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every alert, question and file chooser goes through here (ArchitectureTest holds it so), so tests can answer
 * them without a real dialog.
 */
public interface DialogService {

    void info(String title, String message);

    void error(String title, String message);

    boolean confirm(String title, String message);

    Optional<String> ask(String title, String prompt, String initial);

    Optional<Path> chooseFileToOpen(String title);

    /** Any file, not only plans: e.g. evidence to attach. */
    default Optional<Path> chooseAnyFile(String title) { return chooseFileToOpen(title); }

    Optional<Path> chooseFileToSave(String title, String suggestedName);

    /** A file to read, of one of the given types. */
    default Optional<Path> chooseFileToOpen(String title, List<FileFilter> types) { return chooseFileToOpen(title); }

    /**
     * Where to write a file of one of the given types; a name typed without an extension gets the chosen type's,
     * so the extension always names the format.
     */
    default Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileFilter> types) {
        return chooseFileToSave(title, suggestedName);
    }

    <T> Optional<T> show(Dialog<T> dialog);
}
