package org.waymark.ui.shell;

import javafx.scene.control.Dialog;

import java.nio.file.Path;
import java.util.Optional;

/** Every alert, question and file chooser goes through here, so tests can answer them without a real dialog. */
public interface DialogService {

    void info(String title, String message);

    void error(String title, String message);

    boolean confirm(String title, String message);

    Optional<String> ask(String title, String prompt, String initial);

    Optional<Path> chooseFileToOpen(String title);

    /** Any file, not only plans: e.g. evidence to attach. */
    default Optional<Path> chooseAnyFile(String title) { return chooseFileToOpen(title); }

    Optional<Path> chooseFileToSave(String title, String suggestedName);

    <T> Optional<T> show(Dialog<T> dialog);
}
