// Node count of one loaded label (a count-store lookup), for the run's input fingerprint. `__LABEL__`
// is replaced by a label from the model's allow-list (detect/pipeline/inputs.ts).
MATCH (n:__LABEL__)
RETURN count(n) AS n
