package org.waymark.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.waymark.ui.shell.StartupProbe;
import org.waymark.ui.shell.Theme;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * The least window that shows a plan's figures, a floor for the window's start-up (StartupBench): an empty window
 * of the app's size, then, off the FX thread as the app does it, the plan file opened read-only with the SQLite
 * driver and its actions counted by BRAG through the analysts' view {@code v_action_status} (the app's own rules,
 * in SQL), and the counts put in labels. It quits after the frame that shows them, printing when that was. No
 * theme, menus, checks, model or chart: what is left once everything the goal does not name is taken away. With
 * {@code --themed} it applies the app's theme and stylesheets first, to tell what the look alone costs.
 */
public final class LeastWindow extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        String plan = getParameters().getRaw().get(0);
        boolean themed = getParameters().getRaw().contains("--themed");
        if (themed) Theme.apply(Theme.LIGHT);
        VBox figures = new VBox(new Label("Loading…"));
        Scene scene = new Scene(figures, 1400, 900);
        // the app's own look on the same few labels: the theme's and the app's stylesheets, nothing else of the window
        if (themed) Theme.style(scene);
        stage.setScene(scene);
        stage.setTitle("Least");
        stage.show();
        Thread read = new Thread(() -> {
            Map<String, Integer> counts = counts(plan);
            Platform.runLater(() -> {
                figures.getChildren().setAll(counts.entrySet().stream().map(e -> new Label(e.getKey() + ": " + e.getValue())).toList());
                StartupProbe.exitAfterFirstFrame(stage);
            });
        }, "least-read");
        read.setDaemon(true);
        read.start();
    }

    private static Map<String, Integer> counts(String plan) {
        Map<String, Integer> counts = new TreeMap<>();
        org.sqlite.SQLiteConfig readOnly = new org.sqlite.SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection c = readOnly.createConnection("jdbc:sqlite:" + plan);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT brag, count(*) FROM v_action_status GROUP BY brag")) {
            while (rs.next()) counts.put(rs.getString(1), rs.getInt(2));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        if (counts.isEmpty()) throw new IllegalStateException("no actions counted in " + plan);
        return counts;
    }
}
