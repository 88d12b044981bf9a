package org.waymark.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The headless entry point. Subcommands, this layer's too, are added by the launcher (Main), which builds only the
 * one a run names.
 */
// INHERIT: every subcommand answers --help (and --version) too, rather than first asking for its required arguments.
@Command(name = "waymark", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = VersionProvider.class,
        description = "Tracks an NHS trust's CQC improvement plan in one local plan file.%n"
                + "With no subcommand (or just a plan file) it opens the window.")
public final class WaymarkCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(System.out);
    }
}
