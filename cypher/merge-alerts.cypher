// Stores this run's alerts by stable id: detection fields are replaced, the investigators' `workflow`
// is set only on creation (or reopened when dismissed evidence changed), and the run is linked.
// Subject links of new and changed alerts are dropped here and re-made by merge-alert-subjects.
MATCH (r:Run {run_id: $run_id})
UNWIND $alerts AS a
MERGE (x:Alert {alert_id: a.id})
ON CREATE SET x.workflow = 'open', x.first_seen = $at, x.first_run = $run_id
SET x.rule = a.rule, x.level = a.level, x.score = a.score, x.title = a.title, x.status = a.status,
  x.fingerprint = a.fingerprint, x.evidence = a.evidence, x.subjects = a.subjects, x.data = a.data,
  x.last_seen = $at, x.last_run = $run_id
FOREACH (_ IN CASE WHEN a.reopen AND x.workflow = 'dismissed' THEN [1] ELSE [] END |
  SET x.workflow = 'open', x.reopened_at = $at, x.reopened_by_run = $run_id)
MERGE (x)-[p:PRODUCED_BY]->(r)
SET p.status = a.status
WITH x, a
CALL (x, a) {
  OPTIONAL MATCH (x)-[c:CONCERNS]->()
  WITH c
  WHERE a.relink
  DELETE c
}
RETURN count(DISTINCT x) AS stored
