package org.waymark.store;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The order of a table's rows in a whole-plan dump: by primary key, or by every column where a table has none.
 * Compared here rather than by each engine's ORDER BY, so a plan file and a shared plan dump alike (NULL first,
 * numbers by value, text by UTF-16 unit).
 */
final class RowOrder {

    private RowOrder() {}

    static Comparator<Map<String, Object>> of(List<Dialect.TableColumn> columns) {
        List<String> key = columns.stream().filter(c -> c.pk() > 0).sorted(Comparator.comparingInt(Dialect.TableColumn::pk))
                .map(Dialect.TableColumn::name).toList();
        List<String> by = key.isEmpty() ? columns.stream().map(Dialect.TableColumn::name).toList() : key;
        return (a, b) -> {
            for (String col : by) {
                int d = compare(a.get(col), b.get(col));
                if (d != 0) return d;
            }
            return 0;
        };
    }

    private static int compare(Object a, Object b) {
        if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
        if (a instanceof Number x && b instanceof Number y) return Double.compare(x.doubleValue(), y.doubleValue());
        if (a instanceof Number) return -1;
        if (b instanceof Number) return 1;
        if (a instanceof byte[] x && b instanceof byte[] y) return java.util.Arrays.compare(x, y);
        return a.toString().compareTo(b.toString());
    }
}
