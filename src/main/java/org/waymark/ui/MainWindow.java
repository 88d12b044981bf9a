package org.waymark.ui;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.waymark.app.PlanSession;
import org.waymark.domain.Brag;
import org.waymark.domain.Organisation;
import org.waymark.domain.ReadinessSummary;

import java.time.format.DateTimeFormatter;

/** The main window's content: the plan's name, regime and BRAG counts. */
final class MainWindow {

    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final BorderPane root = new BorderPane();

    MainWindow() {
        root.getStyleClass().add("main-window");
    }

    Parent root() { return root; }

    void showProgress(Task<?> task) {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(320);
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        VBox box = new VBox(12, message, bar);
        box.setAlignment(Pos.CENTER);
        root.setCenter(box);
    }

    void showError(String title, Throwable error) {
        Label head = new Label(title);
        head.getStyleClass().add("title-3");
        Label detail = new Label(error == null ? "" : error.getMessage());
        detail.setWrapText(true);
        VBox box = new VBox(8, head, detail);
        box.setPadding(new Insets(24));
        root.setCenter(box);
    }

    void show(PlanSession session) {
        Organisation org = session.plan().organisation();
        ReadinessSummary summary = session.readiness();
        Label name = new Label(org.name());
        name.getStyleClass().add("title-2");
        name.setId("organisation-name");
        String regime = org.regime().label() + (org.regimeEntered() == null ? ""
                : " since " + UK_DATE.format(org.regimeEntered()) + " (" + org.monthsInRegime(session.today()) + " months)");
        Label regimeLabel = new Label(regime);
        regimeLabel.setId("regime");
        FlowPane counts = new FlowPane(12, 12);
        counts.setId("brag-counts");
        for (Brag b : new Brag[]{Brag.RED, Brag.AMBER, Brag.GREEN, Brag.BLUE}) {
            counts.getChildren().add(BragChip.count(b, summary.overall().get(b)));
        }
        VBox box = new VBox(16, name, regimeLabel, counts);
        box.setPadding(new Insets(24));
        root.setCenter(box);
    }
}
