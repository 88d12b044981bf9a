-- Version 2: Board Assurance Framework links, metric trajectories, the audit head, and views for analysts.
CREATE TABLE baf_risk (id INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE, title TEXT NOT NULL);
CREATE TABLE action_baf_risk (action_id INTEGER NOT NULL REFERENCES action(id), baf_risk_id INTEGER NOT NULL REFERENCES baf_risk(id),
    PRIMARY KEY (action_id, baf_risk_id));
CREATE TABLE metric_trajectory (metric_id INTEGER NOT NULL REFERENCES metric(id), period TEXT NOT NULL, value REAL NOT NULL,
    PRIMARY KEY (metric_id, period));
-- The last audit row's id and hash, so that deleting rows from the end of the log is caught too.
CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), last_id INTEGER NOT NULL, last_hash TEXT NOT NULL);
INSERT INTO audit_head (id, last_id, last_hash) SELECT 1, id, hash FROM audit_log ORDER BY id DESC LIMIT 1;

-- One row per action with owner names, dates, status and BRAG under the default key (Blue needs verified
-- evidence and a sign-off; Red is overdue or on hold). The app's own BRAG also weighs progress and pending
-- revisions, so use this view for reporting, not for auditing the app.
CREATE VIEW v_action_status AS
SELECT a.ref,
       a.title,
       ex.name AS executive_lead,
       op.name AS operational_lead,
       a.original_due,
       a.current_due,
       a.status,
       a.progress,
       CASE
           WHEN a.brag_override IS NOT NULL THEN a.brag_override
           WHEN a.status = 'COMPLETE' AND a.signed_off_by IS NOT NULL
                AND EXISTS (SELECT 1 FROM evidence e WHERE e.action_id = a.id AND e.verified_by IS NOT NULL) THEN 'BLUE'
           WHEN a.status = 'COMPLETE' THEN 'GREEN'
           WHEN a.current_due < date('now') THEN 'RED'
           WHEN a.status = 'ON_HOLD' THEN 'RED'
           WHEN EXISTS (SELECT 1 FROM date_revision d WHERE d.action_id = a.id AND d.approved_by IS NULL) THEN 'AMBER'
           ELSE 'GREEN'
       END AS brag
FROM action a
LEFT JOIN person ex ON ex.id = a.executive_lead_id
LEFT JOIN person op ON op.id = a.operational_lead_id;

-- Each action with where it came from: source, requirement, must/should, key question and core service.
CREATE VIEW v_action_source AS
SELECT a.ref, a.title, s.kind AS source_kind, s.reference AS source_reference, r.ref AS requirement_ref,
       r.priority, r.regulation, r.key_question, cs.name AS core_service, r.deadline
FROM action a
LEFT JOIN requirement r ON r.id = a.requirement_id
LEFT JOIN source s ON s.id = r.source_id
LEFT JOIN core_service cs ON cs.id = r.core_service_id;

-- Every due-date revision with the action's ref, for slippage analysis.
CREATE VIEW v_date_revision AS
SELECT a.ref, d.old_due, d.new_due, julianday(d.new_due) - julianday(d.old_due) AS slip_days, d.reason,
       d.interim_control, d.approved_by, d.approved_on
FROM date_revision d JOIN action a ON a.id = d.action_id;
