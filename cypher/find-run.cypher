// One detection run by id, or the latest when $run_id is null.
MATCH (r:Run)
WHERE $run_id IS NULL OR r.run_id = $run_id
RETURN r {.*} AS run
ORDER BY r.started_at DESC
LIMIT 1
