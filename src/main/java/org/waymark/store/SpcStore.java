package org.waymark.store;

import org.waymark.domain.spc.Recalculation;

import java.sql.Connection;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The months from which a metric's SPC limits are recalculated, with their reasons; every change audited. */
public final class SpcStore {

    private SpcStore() {}

    static Map<Long, List<Recalculation>> recalculations(Connection c) {
        Map<Long, List<Recalculation>> out = new HashMap<>();
        Sql.query(c, "SELECT metric_id, from_period, reason FROM metric_recalculation", rs -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new Recalculation(YearMonth.parse(rs.getString(2)).atDay(1), rs.getString(3))));
        return out;
    }

    public static void addRecalculation(Tx tx, long metricId, YearMonth from, String reason) {
        Sql.insert(tx.connection(), "INSERT INTO metric_recalculation (metric_id, from_period, reason) VALUES (?,?,?)", metricId, from.toString(), reason);
        tx.audit("metric", metricId, "spc recalculation " + from, null, reason, reason);
    }

    /** Removes one; returns false when there was none from that month. */
    public static boolean removeRecalculation(Tx tx, long metricId, YearMonth from, String why) {
        List<String> old = Sql.query(tx.connection(), "SELECT reason FROM metric_recalculation WHERE metric_id = ? AND from_period = ?",
                rs -> rs.getString(1), metricId, from.toString());
        if (old.isEmpty()) return false;
        Sql.update(tx.connection(), "DELETE FROM metric_recalculation WHERE metric_id = ? AND from_period = ?", metricId, from.toString());
        tx.audit("metric", metricId, "spc recalculation " + from, old.get(0), null, why);
        return true;
    }
}
