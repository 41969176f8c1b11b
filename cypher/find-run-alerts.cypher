// The alerts a run produced (as stored now), best first.
MATCH (x:Alert)-[p:PRODUCED_BY]->(:Run {run_id: $run_id})
RETURN x.alert_id AS id, x.rule AS rule, x.level AS level, x.score AS score, x.title AS title,
  p.status AS status, x.workflow AS workflow, x.fingerprint AS fingerprint,
  x.subjects AS subjects, x.evidence AS evidence, x.data AS data
ORDER BY score DESC, id
