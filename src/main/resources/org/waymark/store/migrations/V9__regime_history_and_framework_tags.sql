-- Regimes as data. The plan's regime history (entered, segment changes, left), each step dated and audited, takes
-- the place of the organisation's one regime and entry date. regime names a regime data file by its id.
CREATE TABLE regime_history (
    id INTEGER PRIMARY KEY,
    effective_on TEXT NOT NULL,
    event TEXT NOT NULL CHECK (event IN ('ENTERED', 'SEGMENT_CHANGED', 'LEFT')),
    regime TEXT NOT NULL,
    segment TEXT,
    note TEXT NOT NULL DEFAULT ''
);
-- An older plan's regime becomes its first entry, dated by its recorded entry date, else by its earliest source,
-- else by the day its audit log began. The old values map onto the data files that name them as legacyRegime.
-- A plan in no regime with no entry date has no history. Migrations audits every row made here.
INSERT INTO regime_history (effective_on, event, regime, segment, note)
SELECT COALESCE(regime_entered, (SELECT min(issued) FROM source), (SELECT substr(min(at), 1, 10) FROM audit_log), date('now')),
       'ENTERED',
       CASE regime WHEN 'SPECIAL_MEASURES' THEN 'special-measures-quality' WHEN 'RSP_SEGMENT_4' THEN 'rsp-sof-2021' ELSE 'enforcement-only' END,
       CASE regime WHEN 'RSP_SEGMENT_4' THEN '4' END,
       'Carried over when the plan was upgraded: the regime it recorded before regimes were data'
FROM organisation WHERE regime <> 'NONE' OR regime_entered IS NOT NULL;
ALTER TABLE organisation DROP COLUMN regime;
ALTER TABLE organisation DROP COLUMN regime_entered;
-- Findings (requirements) and actions tagged with items of a CQC framework (quality statements, key lines of
-- enquiry). needs_review marks a tag carried across frameworks without an official mapping. No cascade: a tag is
-- removed by an audited write before its finding or action.
CREATE TABLE framework_tag (
    id INTEGER PRIMARY KEY,
    requirement_id INTEGER REFERENCES requirement(id),
    action_id INTEGER REFERENCES action(id),
    framework TEXT NOT NULL,
    code TEXT NOT NULL,
    needs_review INTEGER NOT NULL DEFAULT 0,
    CHECK ((requirement_id IS NULL) <> (action_id IS NULL))
);
CREATE UNIQUE INDEX framework_tag_item ON framework_tag(COALESCE(requirement_id, -1), COALESCE(action_id, -1), framework, code);
CREATE INDEX framework_tag_requirement ON framework_tag(requirement_id);
CREATE INDEX framework_tag_action ON framework_tag(action_id);
