package org.waymark.app;

import org.waymark.app.infra.Preferences;
/**
 * Who is making a change, as the audit trail records it: the person's name with the operating-system account,
 * "Jane Smith (jsmith)". The account alone when no name has been given, as for command-line runs.
 */
public final class Identity {

    private Identity() {}

    public static String osAccount() {
        String a = System.getProperty("user.name");
        return a == null || a.isBlank() ? "unknown" : a.strip();
    }

    /** "Name (account)", or the account alone when the name is blank or is the account itself. */
    public static String who(String personName) {
        String account = osAccount();
        if (personName == null || personName.isBlank() || personName.strip().equals(account)) return account;
        return personName.strip() + " (" + account + ")";
    }

    /** The name part of a {@link #who}: "Jane Smith (jsmith)" gives "Jane Smith"; a bare account or login is itself. */
    public static String nameOf(String who) {
        return who == null ? "" : who.replaceFirst("\\s*\\([^()]*\\)\\s*$", "").strip();
    }

    /** The account part of a {@link #who}: "Jane Smith (jsmith)" gives "jsmith"; a bare account or login is itself. */
    public static String account(String who) {
        var m = java.util.regex.Pattern.compile("\\(([^()]*)\\)\\s*$").matcher(who == null ? "" : who);
        return m.find() ? m.group(1).strip() : who == null ? "" : who.strip();
    }

    /**
     * A person picked as verifier, signatory or approver, with the computer account that recorded the pick:
     * "Owen Pritchard (recorded by jsmith)".
     */
    public static String recordedBy(String personName) {
        return personName.strip() + " (recorded by " + osAccount() + ")";
    }

    /** The person's name alone from a recorded pick: "Owen Pritchard (recorded by jsmith)" gives "Owen Pritchard". */
    public static String personName(String recorded) {
        return recorded == null ? "" : recorded.replaceFirst("\\s*\\(recorded by [^()]*\\)\\s*$", "").strip();
    }

    /** A pick as the audit trail keeps it: with the account that recorded it, added when the caller gave the name alone. */
    public static String recorded(String pick) {
        return personName(pick).equals(pick.strip()) ? recordedBy(pick) : pick.strip();
    }

    /** Whether the user has told the app who they are; until then the window asks on first use. */
    public static boolean chosen(Preferences p) {
        return p.userName() != null && !p.userName().isBlank() && !p.userName().strip().equals(osAccount());
    }
}
