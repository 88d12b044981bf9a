-- The board-paper cover sheet of the board pack, one per board meeting.
CREATE TABLE board_pack_cover (
    board_meeting_id INTEGER PRIMARY KEY REFERENCES board_meeting(id),
    agenda_item TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    lead_director TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT 'INFORMATION',
    assurance TEXT NOT NULL DEFAULT 'REASONABLE',
    key_questions TEXT NOT NULL DEFAULT '',
    baf_risks TEXT NOT NULL DEFAULT '',
    previously_considered_by TEXT NOT NULL DEFAULT '',
    recommendation TEXT NOT NULL DEFAULT '',
    executive_summary TEXT NOT NULL DEFAULT ''
);
