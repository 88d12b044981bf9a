package org.waymark.app.rounds;

import org.waymark.domain.Person;

import java.util.regex.Pattern;

/** Where an owner's covering e-mail goes. The one place that knows where a person's address is kept. */
public final class OwnerAddress {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+");

    private OwnerAddress() {}

    /**
     * The person's e-mail address, or "" when the plan holds none. Plans made before people had an e-mail field
     * kept it in the contact field, so that still counts when it is an address.
     */
    public static String of(Person p) {
        for (String c : new String[]{p.email(), p.contact()}) {
            String s = c == null ? "" : c.strip();
            if (ADDRESS.matcher(s).matches()) return s;
        }
        return "";
    }
}
