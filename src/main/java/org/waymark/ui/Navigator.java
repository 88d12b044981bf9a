package org.waymark.ui;

/** Lets one view send the user to another: the register filtered to a cell, an action in its editor. */
public interface Navigator {

    void showRegister(RegisterQuery query);

    void openAction(long actionId);

    /** An action in its editor, on one of its tabs ({@code "dates"}, {@code "history"}…); where there are no tabs, the action. */
    default void openAction(long actionId, String tab) { openAction(actionId); }

    void showView(String viewId);
}
