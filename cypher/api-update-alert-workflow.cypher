// API: one workflow step on an alert, atomically: the node is write-locked first (REMOVE of a marker),
// then the step applies only if the current state is one it may start from; the step is appended to
// the alert's workflow log (JSON strings; $entry is the JSON object without its opening brace, so the
// state it started from is prepended here). No row back means no such alert or a state it cannot leave.
MATCH (x:Alert {alert_id: $id})
REMOVE x._workflow_lock
WITH x, coalesce(x.workflow, 'open') AS before
WHERE before IN $from
SET x.workflow = coalesce($to, before),
  x.workflow_at = $at,
  x.workflow_by = $by,
  x.assignee = CASE WHEN $assignee IS NULL THEN x.assignee ELSE $assignee END,
  x.dismiss_reason = CASE WHEN $to = 'dismissed' THEN $reason ELSE x.dismiss_reason END,
  x.workflow_log = coalesce(x.workflow_log, []) + ['{"from":"' + before + '",' + $entry]
RETURN before, properties(x) AS alert
