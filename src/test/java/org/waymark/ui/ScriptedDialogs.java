package org.waymark.ui;

import javafx.scene.control.Dialog;
import org.waymark.ui.shell.DialogService;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the window's questions from a script and remembers every message, so tests need no real dialog. */
public final class ScriptedDialogs implements DialogService {

    final List<String> messages = new ArrayList<>();
    final Deque<String> answers = new ArrayDeque<>();

    @Override public void info(String title, String message) { messages.add(title + ": " + message); }
    @Override public void error(String title, String message) { messages.add(title + ": " + message); }
    @Override public boolean confirm(String title, String message) { messages.add(title + ": " + message); return true; }
    @Override public Optional<String> ask(String title, String prompt, String initial) { return Optional.ofNullable(answers.poll()); }
    @Override public Optional<Path> chooseFileToOpen(String title) { return Optional.ofNullable(answers.poll()).map(Path::of); }
    @Override public Optional<Path> chooseFileToSave(String title, String suggestedName) { return Optional.ofNullable(answers.poll()).map(Path::of); }
    /** Answers for {@link #show}, in order: each gets the dialog (to fill in) and returns its result. */
    final Deque<java.util.function.Function<Dialog<?>, Object>> dialogAnswers = new ArrayDeque<>();

    @SuppressWarnings("unchecked")
    @Override public <T> Optional<T> show(Dialog<T> dialog) {
        messages.add("dialog: " + dialog.getTitle());
        // As if shown: with a scene and skins, so lookups reach controls inside scroll panes.
        if (dialog.getDialogPane().getScene() == null) new javafx.scene.Scene(dialog.getDialogPane());
        dialog.getDialogPane().applyCss();
        return dialogAnswers.isEmpty() ? Optional.empty() : Optional.ofNullable((T) dialogAnswers.poll().apply(dialog));
    }
}
