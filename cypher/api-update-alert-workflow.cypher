// API: one workflow step on an alert, atomically. Setting a marker first takes the node's write lock, so
// the state read next is the latest committed one and a concurrent step waits; the step applies only if
// that state is one it may start from, and is appended to the alert's workflow log (JSON strings; $entry
// is the JSON object without its opening brace, so the state it started from is prepended here).
// No row: no such alert. `applied` false: the alert is in a state the step cannot start from.
MATCH (x:Alert {alert_id: $id})
SET x._workflow_lock = true
WITH x, coalesce(x.workflow, 'open') AS before
WITH x, before, before IN $from AS applied
FOREACH (_ IN CASE WHEN applied THEN [1] ELSE [] END |
  SET x.workflow = coalesce($to, before),
    x.workflow_at = $at,
    x.workflow_by = $by,
    x.assignee = CASE WHEN $assignee IS NULL THEN x.assignee ELSE $assignee END,
    x.dismiss_reason = CASE WHEN $to = 'dismissed' THEN $reason ELSE x.dismiss_reason END,
    x.workflow_log = coalesce(x.workflow_log, []) + ['{"from":"' + before + '",' + $entry])
REMOVE x._workflow_lock
RETURN before, applied, coalesce(x.workflow, 'open') AS after
