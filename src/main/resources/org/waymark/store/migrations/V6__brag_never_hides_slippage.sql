-- The analysts' v_action_status gives exactly the app's BRAG (BragRules), branch for branch, under the plan's own
-- BRAG key (the 'brag_key' setting): an action due later than its original date is Amber, not Green, unless the
-- key lets revised actions read Green; progress behind plan inside the warning window is Amber; only approved
-- revisions count as slip. A test compares this view with the app for every branch.
--
-- "Today" is date('now', 'localtime'): the computer's local date, which is the day the app uses unless it was
-- started with -Dwaymark.today (the app then reports as at that fixed day and this view, which cannot know it,
-- still uses the real date). SQLite has no parameters for views, and storing a "today" in the file would let the
-- view lie on every later day, so the view always means the day it is read.
DROP VIEW v_action_status;
CREATE VIEW v_action_status AS
SELECT s.ref,
       s.title,
       s.executive_lead,
       s.operational_lead,
       s.original_due,
       s.current_due,
       s.status,
       s.progress,
       CASE
           WHEN s.brag_override IS NOT NULL THEN s.brag_override
           WHEN s.status = 'COMPLETE' AND s.signed_off AND s.verified THEN 'BLUE'
           WHEN s.status = 'COMPLETE' AND s.slipped AND NOT s.revised_may_be_green THEN 'AMBER'
           WHEN s.status = 'COMPLETE' THEN 'GREEN'
           WHEN s.current_due < s.today THEN 'RED'
           WHEN s.status = 'ON_HOLD' THEN 'RED'
           WHEN s.pending_revision THEN 'AMBER'
           WHEN s.current_due IS NOT NULL AND julianday(s.current_due) - julianday(s.today) <= s.warning_window
                AND s.progress < s.expected_progress THEN 'AMBER'
           WHEN s.slipped AND NOT s.revised_may_be_green THEN 'AMBER'
           ELSE 'GREEN'
       END AS brag,
       s.revisions,
       s.slip_days,
       s.pending_revision
FROM (
    SELECT a.ref, a.title, ex.name AS executive_lead, op.name AS operational_lead, a.original_due, a.current_due,
           a.status, a.progress, a.brag_override, t.today, k.warning_window, k.revised_may_be_green,
           a.signed_off_by IS NOT NULL AS signed_off,
           EXISTS (SELECT 1 FROM evidence e WHERE e.action_id = a.id
                   AND trim(coalesce(e.verified_by, ''), ' ' || char(9, 10, 11, 12, 13)) <> ''
                   AND coalesce(e.verified_on, '') <> '') AS verified,
           (a.original_due IS NOT NULL AND a.current_due IS NOT NULL AND a.current_due > a.original_due) AS slipped,
           EXISTS (SELECT 1 FROM date_revision d WHERE d.action_id = a.id
                   AND (trim(coalesce(d.approved_by, ''), ' ' || char(9, 10, 11, 12, 13)) = ''
                        OR coalesce(d.approved_on, '') = '')) AS pending_revision,
           (SELECT count(*) FROM date_revision d WHERE d.action_id = a.id
                   AND trim(coalesce(d.approved_by, ''), ' ' || char(9, 10, 11, 12, 13)) <> ''
                   AND coalesce(d.approved_on, '') <> '') AS revisions,
           (SELECT coalesce(sum(julianday(d.new_due) - julianday(d.old_due)), 0) FROM date_revision d WHERE d.action_id = a.id
                   AND trim(coalesce(d.approved_by, ''), ' ' || char(9, 10, 11, 12, 13)) <> ''
                   AND coalesce(d.approved_on, '') <> '') AS slip_days,
           CASE
               WHEN a.start_date IS NULL OR a.current_due IS NULL THEN 0
               WHEN julianday(a.current_due) - julianday(a.start_date) <= 0 THEN 100
               ELSE max(0, min(100, CAST(round(100.0 * (julianday(t.today) - julianday(a.start_date))
                                               / (julianday(a.current_due) - julianday(a.start_date))) AS INTEGER)))
           END AS expected_progress
    FROM action a
    CROSS JOIN (SELECT date('now', 'localtime') AS today) t
    CROSS JOIN (SELECT coalesce((SELECT json_extract(value, '$.warningWindowDays') FROM setting WHERE key = 'brag_key'), 30) AS warning_window,
                       coalesce((SELECT json_extract(value, '$.revisedMayBeGreen') FROM setting WHERE key = 'brag_key'), 0) AS revised_may_be_green) k
    LEFT JOIN person ex ON ex.id = a.executive_lead_id
    LEFT JOIN person op ON op.id = a.operational_lead_id
) s;
