// Marks alerts this run did not produce as gone (their workflow and history stay).
UNWIND $ids AS id
MATCH (x:Alert {alert_id: id})
SET x.status = 'gone', x.gone_run = $run_id, x.gone_at = $at
RETURN count(x) AS gone
