package org.waymark.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The real dialogs, owned by the main window so they centre on it and share its theme. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) { this.owner = owner; }

    @Override public void info(String title, String message) { alert(Alert.AlertType.INFORMATION, title, message).showAndWait(); }

    @Override public void error(String title, String message) { alert(Alert.AlertType.ERROR, title, message).showAndWait(); }

    @Override public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message).showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override public Optional<String> ask(String title, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial == null ? "" : initial);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        d.initOwner(owner.get());
        styled(d);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override public Optional<Path> chooseFileToOpen(String title) {
        return chooseFileToOpen(title, List.of(FileFilter.PLANS, FileFilter.ALL));
    }

    @Override public Optional<Path> chooseAnyFile(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        return Optional.ofNullable(c.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        return chooseFileToSave(title, suggestedName, List.of(FileFilter.PLANS, FileFilter.ALL));
    }

    @Override public Optional<Path> chooseFileToOpen(String title, List<FileFilter> types) {
        FileChooser c = chooser(title, types);
        return Optional.ofNullable(c.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileFilter> types) {
        FileChooser c = chooser(title, types);
        c.setInitialFileName(suggestedName);
        File f = c.showSaveDialog(owner.get());
        if (f == null) return Optional.empty();
        int chosen = c.getExtensionFilters().indexOf(c.getSelectedExtensionFilter());
        String ext = chosen < 0 ? "" : types.get(chosen).extension();
        return Optional.of(f.getName().contains(".") || ext.isEmpty() ? f.toPath() : f.toPath().resolveSibling(f.getName() + ext));
    }

    @Override public <T> Optional<T> show(Dialog<T> dialog) {
        if (dialog.getOwner() == null) dialog.initOwner(owner.get());
        styled(dialog);
        return dialog.showAndWait();
    }

    private static FileChooser chooser(String title, List<FileFilter> types) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        for (FileFilter t : types) c.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(), t.patterns()));
        if (!c.getExtensionFilters().isEmpty()) c.setSelectedExtensionFilter(c.getExtensionFilters().get(0));
        return c;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type, message);
        a.setTitle(title);
        a.setHeaderText(title);
        a.initOwner(owner.get());
        a.getDialogPane().getStyleClass().add("wm-alert");   // its minimum width is in em (waymark.css), to follow the zoom
        a.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        styled(a);
        return a;
    }

    /** Dialogs get the window's stylesheets, theme and zoom, so high contrast and 200 % reach them too. */
    private static void styled(Dialog<?> d) {
        var pane = d.getDialogPane();
        for (String sheet : java.util.List.of(Theme.stylesheet(), Theme.highContrastStylesheet())) {
            if (!pane.getStylesheets().contains(sheet)) pane.getStylesheets().add(sheet);
        }
        Theme.decorate(pane);
    }
}
