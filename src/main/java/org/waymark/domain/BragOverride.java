package org.waymark.domain;

/** A BRAG set by hand. It always carries its reason, and is shown as overridden. */
public record BragOverride(Brag brag, String reason) {
    public BragOverride {
        if (brag == null) throw new IllegalArgumentException("An override needs a BRAG");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("A BRAG override needs a reason");
    }
}
