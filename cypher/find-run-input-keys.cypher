// Keys of one loaded label, for the run's input fingerprint. `__LABEL__` is replaced by a label from
// the model's allow-list (detect/pipeline/inputs.ts), so the label scan is used.
MATCH (n:__LABEL__)
RETURN count(n) AS n, collect(toString(n[$key])) AS keys
