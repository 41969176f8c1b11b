// Loads organization rows: the Organization (completing a stub) and its parent (a stub until loaded).
UNWIND $rows AS row
MERGE (n:Organization {org_code: row.key})
  ON CREATE SET n._new = true
SET n += row.props, n.stub = false
FOREACH (code IN row.parents |
  MERGE (p:Organization {org_code: code})
    ON CREATE SET p.stub = true
  MERGE (n)-[:SUBORDINATE_TO]->(p))
WITH n, row, n._new IS NOT NULL AND NOT row.dup AS created
REMOVE n._new
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
