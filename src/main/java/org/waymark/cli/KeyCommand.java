package org.waymark.cli;

import org.waymark.app.PlanException;
import org.waymark.app.PlanKeying;
import org.waymark.app.PlanSession;
import org.waymark.app.SafeWrite;
import org.waymark.app.infra.AppDirectories;
import org.waymark.app.infra.PlanKeys;
import org.waymark.app.infra.PreferencesStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** The optional plan key: show whether a plan is keyed, key it, and hand its key to another editor. */
@Command(name = "key", description = "The plan key, kept in your own protected key store and never in the plan: with it, only key holders "
        + "can add to the plan's audit trail (docs/RELIABILITY.md). Without an option, says whether the plan is keyed and the key is here.%n"
        + "Exit status: 0 done, 1 refused (nothing changed), 2 cannot open or read a file.")
public final class KeyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file.")
    String plan;

    static final class Action {
        @Option(names = "--create", description = "Key the plan: a new key in your key store, and an audited \"plan keyed\" row signed with it.")
        boolean create;
        @Option(names = "--export", paramLabel = "FILE", description = "Write the plan's key to a new file (readable by you only) for another editor.")
        Path export;
        @Option(names = "--import", paramLabel = "FILE", description = "Store the key from a key holder's export, after checking it is this plan's.")
        Path importFrom;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Action action;

    @Override public Integer call() {
        if (PlanSession.isShared(plan)) {
            System.err.println("Plan keys are not yet for shared plans: a shared plan's database controls who may write through its logins "
                    + "(docs/SHARED.md). Nothing was changed.");
            return 1;
        }
        Path file = Path.of(plan);
        if (!Files.isRegularFile(file)) {
            System.err.println("No plan file at " + file + ". Check the path.");
            return 2;
        }
        PlanKeys keys = PlanKeys.forCurrentUser();
        try {
            if (action != null && action.create) return create(file, keys);
            try (PlanSession s = PlanSession.look(file, "key", Clocks.clock())) {
                if (action != null && action.export != null) {
                    PlanKeying.export(s, keys, action.export);
                    System.out.println("The plan key was written to " + action.export + " (readable by you only). Give it to the other editor by a safe "
                            + "route, not by e-mail with the plan; they run `waymark key " + file + " --import FILE`, then delete the file.");
                    return 0;
                }
                if (action != null && action.importFrom != null) {
                    PlanKeys.Entry e = PlanKeying.importKey(s, keys, action.importFrom);
                    System.out.println("Key " + e.keyId() + " of " + e.organisation() + "'s plan stored in " + keys.file() + ". You can now edit the plan here, "
                            + "and `waymark check` verifies its signed rows. Delete " + action.importFrom + " once it is safely stored.");
                    return 0;
                }
                return status(PlanKeying.status(s, keys), keys);
            }
        } catch (PlanException e) {
            System.err.println(e.getMessage());
            return e.kind() == PlanException.Kind.NOT_FOUND || e.kind() == PlanException.Kind.DAMAGED || e.kind() == PlanException.Kind.NOT_A_PLAN ? 2 : 1;
        }
    }

    private int create(Path file, PlanKeys keys) {
        String user = new PreferencesStore(AppDirectories.forCurrentUser().preferencesFile()).load().userName();
        try (PlanSession s = SafeWrite.open(file, user, Clocks.clock(), false, "key")) {
            PlanKeying.Status st = PlanKeying.create(s, keys);
            System.out.println("Plan keyed from audit row " + st.keyedFrom() + " (key id " + st.keyId() + "). The key is in " + keys.file()
                    + ", readable by you only; it is never stored in the plan.");
            System.out.println("From now on only holders of the key can change this plan. Export it for every other editor, and keep one copy "
                    + "somewhere safe: without the key nobody can edit the plan again. `waymark key " + file + " --export FILE`");
            return 0;
        }
    }

    private static int status(PlanKeying.Status st, PlanKeys keys) {
        if (st.keyedFrom() == null) {
            System.out.println("Not keyed: anyone who can write the file can extend its audit trail. To key it: waymark key PLAN --create");
        } else if (st.keyHere()) {
            System.out.println("Keyed from audit row " + st.keyedFrom() + " (key id " + st.keyId() + "). The key is on this computer, in " + keys.file() + ".");
        } else {
            System.out.println("Keyed from audit row " + st.keyedFrom() + " (key id " + st.keyId() + "). The key is NOT on this computer, so the plan opens "
                    + "read-only here. Ask a key holder to run `waymark key PLAN --export FILE`, then run `waymark key PLAN --import FILE`.");
        }
        return 0;
    }
}
