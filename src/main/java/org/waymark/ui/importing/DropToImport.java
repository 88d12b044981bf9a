package org.waymark.ui.importing;

import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import org.waymark.app.PlanSession;
import org.waymark.ui.shell.BackgroundExecutor;
import org.waymark.ui.shell.DialogService;

import java.io.File;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Dropping a spreadsheet on the window starts an import of it, straight at the mapping step. */
public final class DropToImport {

    private static final Set<String> SPREADSHEETS = Set.of("xlsx", "xls", "xlsm", "csv");

    private DropToImport() {}

    /**
     * Accepts dropped spreadsheets on {@code target}. {@code session} gives the open plan, or null when none is
     * open or it is read-only (the drop is then refused).
     */
    public static void install(Node target, Supplier<PlanSession> session, BackgroundExecutor executor, DialogService dialogs,
                               Consumer<Integer> onImported) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (spreadsheet(e) != null && writable(session.get())) e.acceptTransferModes(TransferMode.COPY);
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            File f = spreadsheet(e);
            PlanSession s = session.get();
            if (f == null || !writable(s)) return;
            ImportDialog.open(target.getScene().getWindow(), s, executor, dialogs, f.toPath(), onImported);
            e.setDropCompleted(true);
            e.consume();
        });
    }

    static boolean isSpreadsheet(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && SPREADSHEETS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean writable(PlanSession s) { return s != null && !s.readOnly(); }

    private static File spreadsheet(DragEvent e) {
        if (!e.getDragboard().hasFiles() || e.getDragboard().getFiles().size() != 1) return null;
        File f = e.getDragboard().getFiles().get(0);
        return isSpreadsheet(f.getName()) ? f : null;
    }
}
