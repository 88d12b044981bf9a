package org.waymark.ui.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Commands made of other commands. */
public final class Commands {

    private Commands() {}

    /**
     * Several writes as one undo step, in order; undo runs backwards. If a part fails, the parts already done are
     * undone before the failure is passed on, so the plan is never left half-changed.
     */
    public static Command group(String description, List<Command> parts) {
        if (parts.size() == 1) return parts.get(0);
        List<Command> all = List.copyOf(parts);
        return new Command() {
            @Override public String description() { return description; }
            @Override public void execute() { each(all, Command::execute, Command::undo); }
            @Override public void redo() { each(all, Command::redo, Command::undo); }
            @Override public void undo() {
                List<Command> backwards = new ArrayList<>(all);
                Collections.reverse(backwards);
                each(backwards, Command::undo, Command::redo);
            }
        };
    }

    private interface Step { void run(Command c); }

    /** Runs {@code step} on each command; on a failure, {@code back} reverses the ones done, newest first. */
    private static void each(List<Command> commands, Step step, Step back) {
        List<Command> done = new ArrayList<>();
        for (Command c : commands) {
            try {
                step.run(c);
                done.add(c);
            } catch (RuntimeException e) {
                for (int i = done.size() - 1; i >= 0; i--) {
                    try {
                        back.run(done.get(i));
                    } catch (RuntimeException again) {
                        e.addSuppressed(again);
                    }
                }
                throw e;
            }
        }
    }
}
