package org.waymark.domain;

/**
 * The trust whose programme the plan file holds. Its regime is not here: the plan's {@link RegimeHistory} says which
 * regime it is in and since when.
 */
public record Organisation(String name, String odsCode, String improvementDirector, String buddyTrust) {

    public Organisation {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("An organisation needs a name");
    }

    public static Organisation named(String name) {
        return new Organisation(name, "", "", "");
    }
}
