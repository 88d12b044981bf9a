-- SPC limits recalculated from a month, for a real step change. The reason is required and shown on the chart;
-- adding or removing a row is audited like any other change.
CREATE TABLE metric_recalculation (id INTEGER PRIMARY KEY, metric_id INTEGER NOT NULL REFERENCES metric(id),
    from_period TEXT NOT NULL, reason TEXT NOT NULL CHECK (length(trim(reason)) > 0), UNIQUE (metric_id, from_period));
