package org.waymark.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.waymark.app.TestPlans;
import org.waymark.ui.shell.Theme;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Focus is visible in every theme: for a text field, a drop-down, a button, a toolbar button, a table and the
 * navigation list, a screenshot of the control with the keyboard focus on it differs from one without it around
 * the whole edge of the control (a ring, not a caret). The focused screenshots are kept under target/a11y-shots.
 */
class FocusRingTest extends WindowTest {

    static final List<String> CONTROLS = List.of("register-search", "filter-brag", "clear-filters", "tool-find", "register-table", "navigation");

    @Test
    void everyKindOfControlShowsAFocusRingInEveryTheme(FxRobot robot) throws Exception {
        h = WindowHarness.open(robot, stage, TestPlans.demoFile(dir), false);
        Files.createDirectories(ZoomAndContrastShotsTest.OUT);
        robot.interact(() -> h.window.showView("register"));
        h.idle();
        List<String> invisible = new ArrayList<>();
        for (String theme : Theme.ALL) {
            h.menu("menu-theme-" + theme);
            for (String id : CONTROLS) {
                Node control = robot.lookup("#" + id).query();
                Node elsewhere = robot.lookup(id.equals("tool-open") ? "#register-search" : "#tool-open").query();
                Image without = shot(robot, control, elsewhere);
                Image with = shot(robot, control, control);
                double ring = ringChanged(without, with);
                if (ring < 0.6) {
                    invisible.add(theme + " #" + id + ": only " + Math.round(ring * 100) + "% of its edge changes when focused");
                    save(without, "focus-" + theme + "-" + id + "-unfocused");
                }
                ImageIO.write(SwingFXUtils.fromFXImage(with, null), "png", ZoomAndContrastShotsTest.OUT.resolve("focus-" + theme + "-" + id + ".png").toFile());
            }
            robot.interact(() -> robot.lookup("#filter-brag").query().requestFocus());
            h.idle();
            robot.interact(() -> save(stage.getScene().snapshot(null), "focus-" + theme + "-window"));
        }
        assertEquals(List.of(), invisible, "focus must be visible");
    }

    /** A picture of the control and 4 px around it, with the focus on {@code focus}. */
    private Image shot(FxRobot robot, Node control, Node focus) {
        robot.interact(focus::requestFocus);
        h.idle();
        Image[] out = new Image[1];
        robot.interact(() -> {
            Bounds b = control.localToScene(control.getLayoutBounds());   // layout bounds: the ring drawn outside must not move the picture
            SnapshotParameters p = new SnapshotParameters();
            p.setViewport(new Rectangle2D(Math.floor(b.getMinX()) - 4, Math.floor(b.getMinY()) - 4, Math.ceil(b.getWidth()) + 8, Math.ceil(b.getHeight()) + 8));
            out[0] = stage.getScene().getRoot().snapshot(p, null);
        });
        return out[0];
    }

    /**
     * The share of the edge band (the outer 7 px all round, where a ring is drawn) whose pixels change, taken per
     * side so that one changed side (an underline, a caret) cannot pass for a ring.
     */
    static double ringChanged(Image a, Image b) {
        PixelReader pa = a.getPixelReader(), pb = b.getPixelReader();
        int w = (int) Math.min(a.getWidth(), b.getWidth()), hgt = (int) Math.min(a.getHeight(), b.getHeight());
        int band = 7;
        int[] hits = new int[4], sizes = {w, w, hgt, hgt};
        for (int x = 0; x < w; x++) {
            if (changedAcross(pa, pb, x, 0, band, true)) hits[0]++;
            if (changedAcross(pa, pb, x, hgt - band, hgt, true)) hits[1]++;
        }
        for (int y = 0; y < hgt; y++) {
            if (changedAcross(pa, pb, y, 0, band, false)) hits[2]++;
            if (changedAcross(pa, pb, y, w - band, w, false)) hits[3]++;
        }
        double worst = 1;
        for (int i = 0; i < 4; i++) worst = Math.min(worst, hits[i] / (double) sizes[i]);
        return worst;
    }

    private static boolean changedAcross(PixelReader a, PixelReader b, int along, int from, int to, boolean column) {
        for (int i = from; i < to; i++) {
            int x = column ? along : i, y = column ? i : along;
            if (distance(a.getArgb(x, y), b.getArgb(x, y)) > 40) return true;
        }
        return false;
    }

    private static int distance(int p, int q) {
        return Math.abs(((p >> 16) & 255) - ((q >> 16) & 255)) + Math.abs(((p >> 8) & 255) - ((q >> 8) & 255)) + Math.abs((p & 255) - (q & 255));
    }

    private static void save(Image image, String name) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", ZoomAndContrastShotsTest.OUT.resolve(name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
