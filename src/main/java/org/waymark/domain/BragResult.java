package org.waymark.domain;

/** A BRAG with the reason for it, and whether it was set by hand. */
public record BragResult(Brag brag, String reason, boolean overridden) {
}
