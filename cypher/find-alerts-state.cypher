// What the store remembers of the alerts of the given rules, to classify this run's alerts.
MATCH (a:Alert)
WHERE a.rule IN $rules
RETURN a.alert_id AS id, a.rule AS rule, a.fingerprint AS fingerprint, a.status AS status, a.workflow AS workflow
ORDER BY id
