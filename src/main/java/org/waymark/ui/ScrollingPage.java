package org.waymark.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import org.waymark.ui.shell.LatestLoad;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A view that is one scrolling page, built from a model read off the FX thread (overview, metrics): a spinner until
 * the first page, only the newest load shown ({@link LatestLoad}), the reader's place kept across reloads, and a
 * failure said in the page with what to do next.
 */
public final class ScrollingPage {

    private final StackPane root = new StackPane();
    private final ScrollPane scroll = new ScrollPane();
    private final LatestLoad load;
    private final String what;

    /** {@code what} names the page in a failure: "The {@code what} could not be read…". */
    public ScrollingPage(PlanContext ctx, String id, String what) {
        this.load = new LatestLoad(ctx.executor());
        this.what = what;
        scroll.setFitToWidth(true);
        root.getChildren().add(scroll);
        root.getStyleClass().add("wm-view");
        root.setId(id);
    }

    public Node node() { return root; }

    public ScrollPane scroll() { return scroll; }

    /** True while the page is loading, or while other work the view marks {@link #busy} is under way. */
    public ReadOnlyBooleanProperty loadingProperty() { return load.loadingProperty(); }

    public void busy(boolean busy) { load.busy(busy); }

    /** Reads the model off the FX thread, then builds and {@link #show}s the page from it on the FX thread. */
    public <T> void load(Callable<T> read, Consumer<T> build) {
        if (scroll.getContent() == null) scroll.setContent(new StackPane(new ProgressIndicator()));
        load.run(read, build, error -> {
            Label l = new Label("The " + what + " could not be read: " + error.getMessage() + ". Reopen the plan; if this persists, run Check on the file.");
            l.setWrapText(true);
            scroll.setContent(l);
        });
    }

    /** Puts a new page in place of the old one at the same scroll position. */
    public void show(Node page) {
        double v = scroll.getVvalue();
        scroll.setContent(page);
        scroll.setVvalue(v);
    }
}
