package org.waymark.ui.questions;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.waymark.app.Identity;
import org.waymark.app.PackSection;
import org.waymark.app.questions.QuestionService;
import org.waymark.domain.BoardMeeting;
import org.waymark.domain.BoardQuestion;
import org.waymark.domain.Plan;
import org.waymark.ui.PlanContext;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A board member's side: pick the meeting, what the question is about (an action or a pack section), and write it.
 * It goes to the member's file beside the plan, never into the plan, so it works on a plan open read-only.
 */
final class AskPane {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One choice in "About": an action or a section, with how it reads in the list. */
    record About(QuestionService.Target target, String label) {}

    private final PlanContext ctx;
    private final QuestionService service;
    private final ComboBox<BoardMeeting> meeting = new ComboBox<>();
    private final ComboBox<About> about = new ComboBox<>();
    private final ComboBox<BoardQuestion.Kind> kind = new ComboBox<>(FXCollections.observableArrayList(BoardQuestion.Kind.values()));
    private final TextArea text = new TextArea();
    final Label saved = new Label();
    final VBox node = new VBox(6);

    AskPane(PlanContext ctx, QuestionService service, BiConsumer<java.util.concurrent.Callable<Path>, java.util.function.Consumer<Path>> work) {
        this.ctx = ctx;
        this.service = service;
        meeting.setId("ask-meeting");
        about.setId("ask-about");
        kind.setId("ask-kind");
        text.setId("ask-text");
        saved.setId("ask-saved");
        meeting.setAccessibleText("Meeting the question is for");
        about.setAccessibleText("What the question is about: an action or a pack section");
        kind.setAccessibleText("Question or comment");
        text.setAccessibleText("Your question or comment");
        saved.setWrapText(true);
        meeting.setConverter(converter(m -> m.name() + ", " + UK.format(m.meetingDate())));
        about.setConverter(converter(About::label));
        kind.setConverter(converter(BoardQuestion.Kind::label));
        kind.getSelectionModel().selectFirst();
        about.setPrefWidth(420);
        text.setPromptText("Your question or comment for the improvement lead");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        Button ask = new Button("Add to my questions file");
        ask.setId("ask-add");
        ask.setOnAction(e -> ask(work));
        Label heading = new Label("Ask a question (saved beside the plan in a file to send to the improvement lead; the plan is not changed)");
        heading.getStyleClass().add("title-4");
        org.waymark.ui.widgets.Wrapping.lines(heading);
        Label meetingLabel = new Label("Meeting");
        meetingLabel.setLabelFor(meeting);
        Label aboutLabel = new Label("About");
        aboutLabel.setLabelFor(about);
        meetingLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        aboutLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // At 200 % the fields move onto a second line, each with its label, rather than squeezing "Meeting" to "…".
        HBox meetingPair = new HBox(8, meetingLabel, meeting);
        HBox aboutPair = new HBox(8, aboutLabel, about);
        meetingPair.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        aboutPair.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        node.getChildren().addAll(heading, org.waymark.ui.widgets.Wrapping.row(8, meetingPair, aboutPair, kind), text, new HBox(8, ask, saved));
    }

    void show(Plan plan) {
        List<BoardMeeting> meetings = plan.boardMeetings().stream().sorted(Comparator.comparing(BoardMeeting::meetingDate).reversed()).toList();
        meeting.setItems(FXCollections.observableArrayList(meetings));
        if (meeting.getValue() == null && !meetings.isEmpty()) meeting.getSelectionModel().selectFirst();
        List<About> choices = new ArrayList<>();
        for (PackSection s : PackSection.values()) choices.add(new About(new QuestionService.Target.OnSection(s), "Section: " + s.title()));
        plan.actions().forEach(a -> choices.add(new About(new QuestionService.Target.OnAction(a.id()), a.ref() + " " + a.title())));
        about.setItems(FXCollections.observableArrayList(choices));
    }

    /** Selects what to ask about, as the register would when the member asks from an action. */
    void select(QuestionService.Target target) {
        about.getItems().stream().filter(a -> a.target().equals(target)).findFirst().ifPresent(about::setValue);
    }

    private void ask(BiConsumer<java.util.concurrent.Callable<Path>, java.util.function.Consumer<Path>> work) {
        if (meeting.getValue() == null || about.getValue() == null) {
            ctx.dialogs().error("Board questions", "Choose the meeting and what your question is about.");
            return;
        }
        var prefs = ctx.preferences().get();
        String name = Identity.chosen(prefs) ? prefs.userName()
                : ctx.dialogs().ask("Board questions", "Your name, as the improvement lead should see it:", "").orElse(null);
        if (name == null || name.isBlank()) return;
        String member = name, question = text.getText();
        long meetingId = meeting.getValue().id();
        QuestionService.Target target = about.getValue().target();
        BoardQuestion.Kind k = kind.getValue();
        work.accept(() -> service.ask(member, meetingId, target, k, question), file -> {
            text.clear();
            saved.setText("Saved to " + file + ". Send this file to the improvement lead.");
        });
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : show.apply(t); }
            @Override public T fromString(String s) { return null; }
        };
    }
}
