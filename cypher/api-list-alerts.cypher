// API: alerts filtered by level, workflow state, detection status, rule, region of a subject, the date
// they were last seen and a subject; best first, one page plus the total.
MATCH (x:Alert)
WHERE ($level IS NULL OR x.level = $level)
  AND ($workflow IS NULL OR coalesce(x.workflow, 'open') = $workflow)
  AND ($detection IS NULL OR x.status = $detection)
  AND ($rule IS NULL OR x.rule = $rule)
  AND ($notRule IS NULL OR x.rule <> $notRule)
  AND ($from IS NULL OR x.last_seen >= $from)
  AND ($to IS NULL OR x.last_seen < $to)
  AND ($region IS NULL OR EXISTS { (x)-[:CONCERNS]->(s) WHERE s.region = $region })
  AND ($subject IS NULL OR EXISTS { (x)-[:CONCERNS]->(s) WHERE $subject IN [s.uscc, s.person_id, s.org_code, s.tender_id, s.contract_id, s.payment_id] })
WITH x ORDER BY x.score DESC, x.alert_id
WITH collect(x) AS hits
RETURN size(hits) AS total, [a IN hits[toInteger($offset)..toInteger($offset) + toInteger($limit)] | properties(a)] AS items
