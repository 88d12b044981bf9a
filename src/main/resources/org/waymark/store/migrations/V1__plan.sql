-- Version 1: the plan. Dates are ISO text (YYYY-MM-DD) so sqlite3's date functions work on them.
CREATE TABLE organisation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    ods_code TEXT NOT NULL DEFAULT '',
    regime TEXT NOT NULL DEFAULT 'NONE',
    regime_entered TEXT,
    improvement_director TEXT NOT NULL DEFAULT '',
    buddy_trust TEXT NOT NULL DEFAULT ''
);
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE core_service (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, sort INTEGER NOT NULL DEFAULT 0);
CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL, job_title TEXT NOT NULL DEFAULT '',
    directorate TEXT NOT NULL DEFAULT '', contact TEXT NOT NULL DEFAULT '');
CREATE TABLE committee (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE theme (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL DEFAULT '');
CREATE TABLE inspection (id INTEGER PRIMARY KEY, label TEXT NOT NULL, visit_start TEXT, visit_end TEXT, published TEXT);
CREATE TABLE rating (
    inspection_id INTEGER NOT NULL REFERENCES inspection(id) ON DELETE CASCADE,
    key_question TEXT,          -- NULL: the overall rating
    core_service_id INTEGER REFERENCES core_service(id),  -- NULL: provider level
    rating TEXT NOT NULL
);
CREATE TABLE source (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, reference TEXT NOT NULL, title TEXT NOT NULL,
    issued TEXT, regulations TEXT NOT NULL DEFAULT '');
CREATE TABLE requirement (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES source(id),
    ref TEXT NOT NULL,
    priority TEXT NOT NULL CHECK (priority IN ('MUST', 'SHOULD')),
    text TEXT NOT NULL,
    regulation INTEGER,
    key_question TEXT,
    core_service_id INTEGER REFERENCES core_service(id),
    deadline TEXT
);
CREATE TABLE action (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    requirement_id INTEGER REFERENCES requirement(id),
    theme_id INTEGER REFERENCES theme(id),
    executive_lead_id INTEGER REFERENCES person(id),
    operational_lead_id INTEGER REFERENCES person(id),
    committee_id INTEGER REFERENCES committee(id),
    start_date TEXT,
    original_due TEXT,
    current_due TEXT,
    status TEXT NOT NULL DEFAULT 'NOT_STARTED',
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    brag_override TEXT,
    brag_override_reason TEXT,
    signed_off_by TEXT,
    signed_off_committee_id INTEGER REFERENCES committee(id),
    signed_off_on TEXT
);
CREATE INDEX action_requirement ON action(requirement_id);
CREATE TABLE date_revision (
    id INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES action(id),
    old_due TEXT NOT NULL,
    new_due TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    interim_control TEXT NOT NULL CHECK (length(trim(interim_control)) > 0),
    approved_by TEXT,
    approved_on TEXT
);
CREATE INDEX date_revision_action ON date_revision(action_id);
CREATE TABLE milestone (id INTEGER PRIMARY KEY, action_id INTEGER NOT NULL REFERENCES action(id), title TEXT NOT NULL,
    due TEXT, completed_on TEXT);
CREATE INDEX milestone_action ON milestone(action_id);
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES action(id),
    kind TEXT NOT NULL,
    reference TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    added_on TEXT NOT NULL,
    verified_by TEXT,
    verified_on TEXT,
    review_date TEXT
);
CREATE INDEX evidence_action ON evidence(action_id);
CREATE TABLE progress_update (id INTEGER PRIMARY KEY, action_id INTEGER NOT NULL REFERENCES action(id),
    posted_on TEXT NOT NULL, author TEXT NOT NULL, text TEXT NOT NULL, progress INTEGER);
CREATE INDEX progress_update_action ON progress_update(action_id);
CREATE TABLE metric (id INTEGER PRIMARY KEY, name TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT 'HIGHER_IS_BETTER');
CREATE TABLE metric_definition (id INTEGER PRIMARY KEY, metric_id INTEGER NOT NULL REFERENCES metric(id),
    effective_from TEXT NOT NULL, label TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '', direction TEXT, target REAL NOT NULL, description TEXT NOT NULL DEFAULT '');
CREATE TABLE metric_observation (metric_id INTEGER NOT NULL REFERENCES metric(id), period TEXT NOT NULL, value REAL NOT NULL,
    PRIMARY KEY (metric_id, period));
CREATE TABLE exit_criterion (id INTEGER PRIMARY KEY, title TEXT NOT NULL, kind TEXT NOT NULL,
    metric_id INTEGER REFERENCES metric(id), months INTEGER NOT NULL DEFAULT 0, manual_met INTEGER,
    evidence TEXT NOT NULL DEFAULT '', assessed_by TEXT, assessed_on TEXT);
CREATE TABLE board_meeting (id INTEGER PRIMARY KEY, name TEXT NOT NULL, meeting_date TEXT NOT NULL);
CREATE TABLE snapshot (id INTEGER PRIMARY KEY, board_meeting_id INTEGER NOT NULL REFERENCES board_meeting(id),
    label TEXT NOT NULL, taken_at TEXT NOT NULL);
CREATE TABLE snapshot_row (
    snapshot_id INTEGER NOT NULL REFERENCES snapshot(id),
    action_id INTEGER NOT NULL,
    ref TEXT NOT NULL,
    title TEXT NOT NULL,
    status TEXT NOT NULL,
    brag TEXT NOT NULL,
    current_due TEXT,
    progress INTEGER NOT NULL,
    revisions INTEGER NOT NULL,
    PRIMARY KEY (snapshot_id, action_id)
);
-- Every change, hash-chained: hash = SHA-256 over this row's content and prev_hash.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    who TEXT NOT NULL,
    at TEXT NOT NULL,
    why TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
