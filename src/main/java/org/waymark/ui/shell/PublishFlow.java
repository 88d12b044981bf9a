package org.waymark.ui.shell;

import org.waymark.app.PlanAddress;
import org.waymark.app.PlanException;
import org.waymark.app.PlanPublish;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File › Publish to a shared plan…, also offered by the banner of a plan file opened on a network drive: asks for an
 * empty database as the Connect dialog does, copies the plan file there with its whole audit trail off the FX thread,
 * and, once the shared plan's own checks pass, offers to open it. A failure brings the dialog back with what was
 * typed and the reason. The file itself is never changed, so the plan open in the window stays open and in charge
 * until the person chooses the shared one.
 */
final class PublishFlow {

    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Clock clock;
    private final Supplier<String> user;
    /** Opens a shared plan's address in the window, as File › Recent does. */
    private final Consumer<String> openShared;

    PublishFlow(BackgroundExecutor executor, DialogService dialogs, ErrorReporter errors, Clock clock, Supplier<String> user, Consumer<String> openShared) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.errors = errors;
        this.clock = clock;
        this.user = user;
        this.openShared = openShared;
    }

    void publish(Path file) { ask(file, ConnectDialog.Typed.EMPTY, null); }

    private void ask(Path file, ConnectDialog.Typed typed, String failure) {
        String name = file.getFileName().toString();
        dialogs.show(new ConnectDialog(ConnectDialog.Purpose.PUBLISH, typed, failure, name)).ifPresent(t -> {
            String address;
            try {
                address = PlanAddress.shared(t.user(), t.host(), t.portNumber(), t.database(), t.sslmode());
            } catch (PlanException e) {
                ask(file, t, e.getMessage());
                return;
            }
            String label = PlanAddress.label(address);
            executor.run("Publishing " + name + " to " + label + "…", () -> PlanPublish.publish(file, address, user.get(), clock),
                    r -> published(name, address, label, r),
                    e -> {
                        errors.log(e);
                        ask(file, t, "Not published: " + e.getMessage());
                    });
        });
    }

    private void published(String name, String address, String label, PlanPublish.Result r) {
        if (!r.verified()) {
            dialogs.error("The shared plan did not pass its checks", "The copy of " + name + " in " + label + " failed its checks: "
                    + (r.sameHead() ? r.head().problem() : "its audit trail does not end where the file's does")
                    + ". Do not use it: ask your database administrator to drop the database, then publish again.");
            return;
        }
        if (dialogs.confirm("Published to " + label, name + " is now a shared plan in " + label + ": " + String.format("%,d", r.auditRows())
                + " audit rows copied, and the shared plan's own checks pass (its audit trail is intact and ends where the file's does). "
                + "From now on everyone should edit the shared plan; this file is unchanged and should be kept as it is.\n\nOpen the shared plan now?")) {
            openShared.accept(address);
        }
    }
}
