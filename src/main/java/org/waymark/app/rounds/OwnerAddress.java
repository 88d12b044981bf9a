package org.waymark.app.rounds;

import org.waymark.domain.Person;

import java.util.regex.Pattern;

/** Where an owner's covering e-mail goes. The one place that knows where a person's address is kept. */
public final class OwnerAddress {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+");

    private OwnerAddress() {}

    /** The person's e-mail address, or "" when the plan holds none: the contact field counts when it is one. */
    public static String of(Person p) {
        String c = p.contact() == null ? "" : p.contact().strip();
        return ADDRESS.matcher(c).matches() ? c : "";
    }
}
