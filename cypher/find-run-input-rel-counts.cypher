// Relationship count of one loaded type (a count-store lookup), for the run's input fingerprint.
// `__TYPE__` is replaced by a relationship type from the model's allow-list (detect/pipeline/inputs.ts).
MATCH ()-[r:__TYPE__]->()
RETURN count(r) AS n
