// Relationship counts by type, for the run's input fingerprint.
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS n
ORDER BY type
