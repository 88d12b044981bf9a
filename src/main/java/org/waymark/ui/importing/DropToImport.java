package org.waymark.ui.importing;

import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import org.waymark.ui.PlanContext;

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
     * Accepts dropped spreadsheets on {@code target}. {@code context} gives the open plan, or null when none is
     * open (a drop on a read-only plan is refused too).
     */
    public static void install(Node target, Supplier<PlanContext> context, Consumer<Integer> onImported) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (spreadsheet(e) != null && writable(context.get())) e.acceptTransferModes(TransferMode.COPY);
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            File f = spreadsheet(e);
            PlanContext ctx = context.get();
            if (f == null || !writable(ctx)) return;
            ImportDialog.open(target.getScene().getWindow(), ctx, f.toPath(), onImported);
            e.setDropCompleted(true);
            e.consume();
        });
    }

    static boolean isSpreadsheet(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && SPREADSHEETS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean writable(PlanContext ctx) { return ctx != null && !ctx.session().readOnly(); }

    private static File spreadsheet(DragEvent e) {
        if (!e.getDragboard().hasFiles() || e.getDragboard().getFiles().size() != 1) return null;
        File f = e.getDragboard().getFiles().get(0);
        return isSpreadsheet(f.getName()) ? f : null;
    }
}
