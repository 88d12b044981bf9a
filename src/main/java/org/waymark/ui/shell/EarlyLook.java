package org.waymark.ui.shell;

import org.waymark.app.Identity;
import org.waymark.app.PlanAddress;
import org.waymark.app.infra.AppDirectories;
import org.waymark.app.infra.PreferencesStore;
import org.waymark.app.infra.RuntimeSetup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The start-up look at a plan ({@link PlanPreview}), begun by the launcher before the JavaFX toolkit starts. Starting
 * the toolkit and drawing the empty window keep one core busy for a second or more, and the look (SQLite's library,
 * the plan's load, the overview's figures, all cold code) needs nothing from them, so it runs on the other core
 * meanwhile. The window takes it when it opens the same plan for the same person; until then nothing waits for it.
 */
final class EarlyLook {

    private record Begun(Path file, String user, CompletableFuture<PlanPreview.Look> look) {}

    private static final AtomicReference<Begun> begun = new AtomicReference<>();

    private EarlyLook() {}

    /** The plan the window will open, as {@link WaymarkApp} chooses it: the file named, else the demo plan if it exists. */
    static void beginFor(String[] args) {
        String named = Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().orElse(null);
        if (named != null && PlanAddress.isShared(named)) return;
        try {
            AppDirectories dirs = RuntimeSetup.configure();
            Path file = named != null ? Path.of(named) : dirs.demoPlan();
            if (!Files.isRegularFile(file)) return;
            String user = Identity.who(new PreferencesStore(dirs.preferencesFile()).load().userName());
            begin(file, user, Clock.systemDefaultZone());
        } catch (RuntimeException e) {
            // only a head start: the window opens the plan itself and reports what is wrong
        }
    }

    static void begin(Path file, String user, Clock clock) {
        CompletableFuture<PlanPreview.Look> look = new CompletableFuture<>();
        Begun previous = begun.getAndSet(new Begun(file, user, look));
        if (previous != null) closeWhenRead(previous);
        Thread t = new Thread(() -> {
            try {
                look.complete(PlanPreview.read(file, user, clock));
            } catch (Throwable e) {
                look.completeExceptionally(e); // the safe open reads the plan again and says what is wrong, if anything
            }
        }, "waymark-early-look");
        t.setDaemon(true);
        t.start();
    }

    /** The look begun for this plan and person, once; one begun for another is closed (its connection holds no lock). */
    static Optional<CompletableFuture<PlanPreview.Look>> take(Path file, String user) {
        Begun b = begun.getAndSet(null);
        if (b == null) return Optional.empty();
        if (b.file().equals(file) && b.user().equals(user)) return Optional.of(b.look());
        closeWhenRead(b);
        return Optional.empty();
    }

    private static void closeWhenRead(Begun b) {
        b.look().thenAccept(l -> l.session().close());
    }
}
