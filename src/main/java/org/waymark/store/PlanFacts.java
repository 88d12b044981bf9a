package org.waymark.store;

import java.sql.Connection;
import java.util.List;

/** Small facts about a plan read without loading it: for checks that must stay cheap on a large plan. */
public final class PlanFacts {

    private PlanFacts() {}

    public static String organisationName(Connection c) {
        List<String> n = Sql.query(c, "SELECT name FROM organisation WHERE id = 1", rs -> rs.getString(1));
        return n.isEmpty() ? "(no organisation record)" : n.get(0);
    }

    public static long actionCount(Connection c) {
        return Sql.query(c, "SELECT count(*) FROM action", rs -> rs.getLong(1)).get(0);
    }
}
