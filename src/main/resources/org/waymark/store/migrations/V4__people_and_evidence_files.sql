-- Real people: an e-mail address and what each may do. The existing job_title is the person's role.
ALTER TABLE person ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN may_verify INTEGER NOT NULL DEFAULT 0 CHECK (may_verify IN (0, 1));
ALTER TABLE person ADD COLUMN may_sign_off INTEGER NOT NULL DEFAULT 0 CHECK (may_sign_off IN (0, 1));
ALTER TABLE person ADD COLUMN may_approve INTEGER NOT NULL DEFAULT 0 CHECK (may_approve IN (0, 1));
-- Evidence files copied into the plan, stored once per content (keyed by SHA-256), so the audit log never holds bytes.
CREATE TABLE attachment (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size INTEGER NOT NULL CHECK (size >= 0),
    content BLOB NOT NULL,
    CHECK (length(content) = size)
);
-- The file behind an evidence item: copied into the plan (linked_path NULL, bytes in attachment) or linked
-- outside it (linked_path set), with the name, size and SHA-256 it had when it was added.
CREATE TABLE evidence_file (
    evidence_id INTEGER PRIMARY KEY REFERENCES evidence(id),
    name TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    linked_path TEXT
);
