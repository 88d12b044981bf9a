package org.waymark.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so it is never typed twice. */
public final class VersionProvider implements IVersionProvider {
    @Override public String[] getVersion() {
        String v = WaymarkCommand.class.getPackage().getImplementationVersion();
        return new String[]{"Waymark " + (v == null ? "(development build)" : v)};
    }
}
