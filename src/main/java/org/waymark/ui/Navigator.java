package org.waymark.ui;

/** Lets one view send the user to another: the register filtered to a cell, an action in its editor. */
public interface Navigator {

    void showRegister(RegisterQuery query);

    void openAction(long actionId);

    void showView(String viewId);
}
