package org.waymark.ui.questions;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.waymark.app.questions.QuestionService;
import org.waymark.app.questions.ReadBack;
import org.waymark.domain.BoardQuestion;
import org.waymark.domain.Plan;
import org.waymark.ui.PlanContext;
import org.waymark.ui.ViewWork;
import org.waymark.ui.PlanView;
import org.waymark.ui.command.QuestionEdits;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * Board questions. A member on a read-only plan adds questions to their file; the lead reads a member's file back,
 * sees each question against its action or section, records them and answers each one, every write an undoable,
 * audited command.
 */
public final class QuestionsView implements PlanView {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PlanContext ctx;
    private final ViewWork work;
    private final QuestionService service;
    private final AskPane ask;
    private final VBox root = new VBox(8);
    private final TableView<ReadBack.Listed> readBack = new TableView<>();
    private final TableView<BoardQuestion> recorded = new TableView<>();
    private final TextArea answer = new TextArea();
    private final Label status = new Label();
    private final Button record = new Button("Record these questions");
    private ReadBack current;

    public QuestionsView(PlanContext ctx) {
        this.ctx = ctx;
        this.work = new ViewWork(ctx, "Board questions");
        this.service = new QuestionService(ctx.session());
        this.ask = new AskPane(ctx, service, work::run);
        build();
    }

    @Override public String id() { return "questions"; }
    @Override public String title() { return "Board questions"; }
    @Override public Node node() { return root; }

    public ReadOnlyBooleanProperty loadingProperty() { return work.loadingProperty(); }

    private void build() {
        Button read = new Button("Read a questions file…");
        read.setId("questions-read");
        read.setOnAction(e -> ctx.dialogs().chooseAnyFile("Board member's questions file").ifPresent(this::readBack));
        record.setId("questions-record");
        record.setDisable(true);
        record.setOnAction(e -> record());
        Button save = new Button("Save answer");
        save.setId("questions-answer");
        save.disableProperty().bind(ctx.readOnly().or(recorded.getSelectionModel().selectedItemProperty().isNull()));
        save.setOnAction(e -> answer());
        status.setId("questions-status");
        status.setWrapText(true);
        readBack.setId("questions-readback");
        readBack.setAccessibleText("Questions in the file read back, against their actions");
        readBack.setPrefHeight(160);
        readBack.setMinHeight(130);
        readBack.setPlaceholder(org.waymark.ui.widgets.Wrapping.lines(new Label("Read a board member's questions file to see their questions against the actions.")));
        readBack.getColumns().addAll(List.of(col("About", 260, ReadBack.Listed::against),
                col("Asked", 150, l -> l.asked().kind().label() + ", " + UK.format(l.asked().askedOn())),
                col("Question or comment", 520, l -> l.asked().text()), col("", 120, l -> l.recordedBefore() ? "Already recorded" : "New")));
        recorded.setId("questions-recorded");
        recorded.setAccessibleText("Board questions recorded in the plan, with their answers");
        recorded.setPlaceholder(org.waymark.ui.widgets.Wrapping.lines(new Label("No board questions recorded yet.")));
        recorded.getColumns().addAll(List.of(col("Meeting", 150, q -> q.meeting()), col("About", 200, q -> q.actionRef() != null ? q.actionRef() : "Section: " + q.section()),
                col("Asked by", 140, q -> q.askedBy() + ", " + UK.format(q.askedOn())), col("Question or comment", 360, q -> q.kind().label() + ": " + q.text()),
                col("Answer", 360, q -> q.answered() ? q.answer() + " (" + q.answeredBy() + ", " + UK.format(q.answeredOn()) + ")" : "Not yet answered")));
        recorded.getSelectionModel().selectedItemProperty().addListener((o, was, q) -> answer.setText(q == null || q.answer() == null ? "" : q.answer()));
        answer.setId("questions-answer-text");
        answer.setAccessibleText("Answer to the chosen question");
        answer.setPromptText("The answer for the board (shown in the next board pack)");
        answer.setPrefRowCount(3);
        answer.setWrapText(true);
        answer.editableProperty().bind(ctx.readOnly().not());
        Label lead = new Label("For the improvement lead: read back a member's file, record it, then answer each question");
        lead.getStyleClass().add("title-4");
        org.waymark.ui.widgets.Wrapping.lines(lead);
        VBox.setVgrow(recorded, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        root.getChildren().addAll(ask.node, lead, new ToolBar(read, record), status, readBack, recorded, answer, new ToolBar(save));
    }

    @Override public void refresh() {
        work.run(() -> new Loaded(ctx.session().plan(), service.all()), l -> {
            ask.show(l.plan());
            recorded.setItems(FXCollections.observableArrayList(l.questions()));
        });
    }

    private record Loaded(Plan plan, List<BoardQuestion> questions) {}

    /** Points "About" at an action or section, as when the member asks from it. */
    public void askAbout(QuestionService.Target target) { ask.select(target); }

    /** Reads a member's file against the plan: nothing is recorded until the lead presses Record. */
    public void readBack(Path file) {
        work.run(() -> service.readBack(file), r -> {
            current = r;
            readBack.setItems(FXCollections.observableArrayList(r.questions()));
            status.setText(r.questions().size() + " from " + r.content().member() + " for " + r.meeting().name() + ", " + UK.format(r.meeting().meetingDate())
                    + ": " + r.fresh() + " new. " + (ctx.session().readOnly() ? "Open the plan for editing to record them." : "Nothing is recorded until you press Record."));
            record.setDisable(ctx.session().readOnly() || r.fresh() == 0);
        });
    }

    private void record() {
        ReadBack r = current;
        ctx.perform(QuestionEdits.record(service, r), () -> {
            status.setText("Recorded " + r.fresh() + " question(s) from " + r.content().member() + ". Answer them below.");
            record.setDisable(true);
            refresh();
        }, e -> ctx.dialogs().error("Board questions", e.getMessage()));
    }

    private void answer() {
        BoardQuestion q = recorded.getSelectionModel().getSelectedItem();
        ctx.perform(QuestionEdits.answer(service, q.id(), answer.getText()), () -> {
            status.setText("Answer saved for the question from " + q.askedBy() + ".");
            refresh();
        }, e -> ctx.dialogs().error("Board questions", e.getMessage()));
    }


    private static <S> TableColumn<S, String> col(String title, double width, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }
}
