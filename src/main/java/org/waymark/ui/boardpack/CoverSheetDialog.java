package org.waymark.ui.boardpack;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.*;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.waymark.app.BoardPackService;
import org.waymark.app.Refused;
import org.waymark.domain.AssuranceLevel;
import org.waymark.domain.BoardMeeting;
import org.waymark.domain.BoardPackCover;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.PaperPurpose;
import org.waymark.ui.PlanContext;
import org.waymark.ui.command.SaveCover;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Edits a meeting's cover sheet. Save stays disabled on a read-only plan; a refused save keeps the dialog open
 * with everything typed and says what to fix.
 */
final class CoverSheetDialog extends Dialog<BoardPackCover> {

    private final TextField agenda = field("cover-agenda"), title = field("cover-title"), author = field("cover-author"),
            lead = field("cover-lead"), baf = field("cover-baf"), previously = field("cover-previously");
    private final ChoiceBox<PaperPurpose> purpose = choice("cover-purpose", PaperPurpose.values(), PaperPurpose::label);
    private final ChoiceBox<AssuranceLevel> assurance = choice("cover-assurance", AssuranceLevel.values(), AssuranceLevel::label);
    private final Map<KeyQuestion, CheckBox> questions = new EnumMap<>(KeyQuestion.class);
    private final TextArea recommendation = area("cover-recommendation", 3), summary = area("cover-summary", 6);
    private final Label error = new Label();

    /**
     * {@code c} is the stored sheet (or the default), read off the FX thread before the dialog opens;
     * {@code onSaved} runs on the FX thread once the save has been written.
     */
    CoverSheetDialog(PlanContext ctx, BoardPackService service, BoardMeeting meeting, BoardPackCover c, Runnable onSaved) {
        boolean readOnly = ctx.session().readOnly();
        setTitle("Cover sheet");
        setHeaderText("Cover sheet for " + meeting.name() + " (" + BoardPackView.uk(meeting.meetingDate()) + ")");
        agenda.setText(c.agendaItem());
        title.setText(c.title());
        author.setText(c.author());
        lead.setText(c.leadDirector());
        purpose.setValue(c.purpose());
        assurance.setValue(c.assurance());
        baf.setText(c.bafRisks());
        previously.setText(c.previouslyConsideredBy());
        recommendation.setText(c.recommendation());
        summary.setText(c.executiveSummary());
        summary.setPromptText("Leave empty to use a summary written from the plan's figures.");
        FlowPane qs = new FlowPane(12, 6);
        for (KeyQuestion q : KeyQuestion.values()) {
            CheckBox box = new CheckBox(q.label());
            box.setId("cover-q-" + q.name().toLowerCase());
            box.setSelected(c.keyQuestions().contains(q));
            questions.put(q, box);
            qs.getChildren().add(box);
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int r = 0;
        r = row(grid, r, "Agenda item", agenda);
        r = row(grid, r, "Report title", title);
        r = row(grid, r, "Author", author);
        r = row(grid, r, "Lead director", lead);
        r = row(grid, r, "Purpose", purpose);
        r = row(grid, r, "Assurance level", assurance);
        r = row(grid, r, "CQC key questions", qs);
        r = row(grid, r, "BAF strategic risks", baf);
        r = row(grid, r, "Previously considered by", previously);
        r = row(grid, r, "Recommendation", recommendation);
        r = row(grid, r, "Executive summary", summary);
        error.setId("cover-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        grid.add(error, 0, r, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(620);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("cover-save");
        saveButton.setDisable(readOnly);
        if (readOnly) error.setText("This plan is open read-only: the cover sheet can be viewed but not changed.");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            // The save is a command on the background executor; the dialog closes once it is written, and a
            // refusal keeps it open with everything typed.
            e.consume();
            BoardPackCover edited = read(meeting.id());
            saveButton.setDisable(true);
            ctx.perform(new SaveCover(service, meeting.id(), c, edited), () -> { onSaved.run(); setResult(edited); close(); }, ex -> {
                saveButton.setDisable(false);
                error.setText(ex instanceof Refused ? ex.getMessage() : "Not saved: " + ex.getMessage() + ". Try again.");
            });
        });
        setResultConverter(b -> null);
    }

    private BoardPackCover read(long meetingId) {
        Set<KeyQuestion> qs = EnumSet.noneOf(KeyQuestion.class);
        questions.forEach((q, box) -> { if (box.isSelected()) qs.add(q); });
        return new BoardPackCover(meetingId, agenda.getText(), title.getText(), author.getText(), lead.getText(), purpose.getValue(),
                assurance.getValue(), qs, baf.getText(), previously.getText(), recommendation.getText(), summary.getText());
    }

    private static int row(GridPane grid, int r, String label, Node field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        grid.add(l, 0, r);
        grid.add(field, 1, r);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return r + 1;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static TextArea area(String id, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        return a;
    }

    private static <T> ChoiceBox<T> choice(String id, T[] values, Function<T, String> label) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().addAll(values);
        box.setConverter(new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : label.apply(t); }
            @Override public T fromString(String s) { return null; }
        });
        return box;
    }
}
