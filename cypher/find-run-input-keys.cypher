// Keys of every loaded node by label (derived labels excluded by the caller's $keys map), for the
// run's input fingerprint. $keys maps label → key property, from the model.
MATCH (n)
WITH n, [l IN labels(n) WHERE l IN keys($keys)][0] AS label
WHERE label IS NOT NULL
WITH label, n[$keys[label]] AS key
ORDER BY key
RETURN label, count(*) AS n, collect(toString(key)) AS keys
