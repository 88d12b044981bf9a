package org.waymark.report;

/** Counts in words that agree with their number: "1 action is", "3 actions are". */
final class Words {

    private Words() {}

    /** "1 action" or "3 actions". */
    static String count(long n, String one, String many) { return n + " " + (n == 1 ? one : many); }

    /** "1 action is" or "3 actions are". */
    static String countIs(long n, String one, String many) { return count(n, one, many) + (n == 1 ? " is" : " are"); }
}
