package org.waymark.ui;

import javafx.scene.Node;

/**
 * One view of the main window (Overview, Register, Timeline…). The window swaps them in and out; a view
 * redraws from the session's current plan when {@link #refresh()} is called after a change.
 */
public interface PlanView {

    /** A stable id used for navigation, CSS and screenshot file names, e.g. "overview". */
    String id();

    /** The title shown in the navigation, e.g. "Overview". */
    String title();

    Node node();

    /** Re-read the plan; called on the FX thread after any change and when the view is shown. */
    void refresh();
}
