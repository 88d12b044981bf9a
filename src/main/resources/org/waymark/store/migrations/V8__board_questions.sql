-- Board questions: a board member's question or comment on an action or a pack section, asked on a read-only copy
-- of the plan and sent to the improvement lead in a small file beside it; recorded here when the lead reads the
-- file back, then answered. Action and meeting are kept by id and by name, not as foreign keys, so deleting an
-- action never loses what the board asked about it.
CREATE TABLE board_question (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    meeting_id INTEGER,
    meeting TEXT NOT NULL,
    asked_by TEXT NOT NULL,
    asked_on TEXT NOT NULL,
    kind TEXT NOT NULL,
    action_id INTEGER,
    action_ref TEXT,
    section TEXT,
    text TEXT NOT NULL,
    chain_row INTEGER NOT NULL,
    chain_hash TEXT NOT NULL,
    answer TEXT,
    answered_by TEXT,
    answered_on TEXT
);
CREATE INDEX board_question_meeting ON board_question(meeting_id);
