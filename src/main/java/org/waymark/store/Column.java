package org.waymark.store;

import java.util.Objects;
import java.util.function.Function;

/** A record component mapped to a table column, so saves can diff, write and audit field by field. */
record Column<R>(String field, String column, Function<R, Object> getter) {

    Object valueOf(R row) {
        return getter.apply(row);
    }

    boolean differs(R before, R after) {
        return !Objects.equals(valueOf(before), valueOf(after));
    }
}
