package org.waymark.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.waymark.ui.shell.StartupProbe;

/** The start-up baseline: an empty window of the app's size on the same runtime, quitting after its first frame. */
public final class EmptyWindow extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 1400, 900));
        stage.setTitle("Empty");
        stage.show();
        StartupProbe.exitAfterFirstFrame(stage);
    }
}
