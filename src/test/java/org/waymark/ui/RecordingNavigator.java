package org.waymark.ui;

import java.util.ArrayList;
import java.util.List;

/** Records where a view sent the user, so a test can check it. */
public final class RecordingNavigator implements Navigator {

    public final List<RegisterQuery> registerQueries = new ArrayList<>();
    public final List<Long> openedActions = new ArrayList<>();
    public final List<String> shownViews = new ArrayList<>();

    @Override public void showRegister(RegisterQuery query) { registerQueries.add(query); }
    @Override public void openAction(long actionId) { openedActions.add(actionId); }
    @Override public void showView(String viewId) { shownViews.add(viewId); }
}
