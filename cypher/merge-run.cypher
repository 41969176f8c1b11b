// Creates or updates a detection run (parameters, versions, fingerprints and timings as JSON strings).
MERGE (r:Run {run_id: $run_id})
SET r += $props
RETURN r.run_id AS run_id
