// Loads kinship rows: one RELATIVE_OF per pair of persons, matched in either direction (stored once, read both ways).
UNWIND $rows AS row
MERGE (a:Person {person_id: row.a})
  ON CREATE SET a.stub = true
MERGE (b:Person {person_id: row.b})
  ON CREATE SET b.stub = true
MERGE (a)-[r:RELATIVE_OF]-(b)
  ON CREATE SET r._new = true
SET r += row.props
WITH r, r._new IS NOT NULL AND NOT row.dup AS created
REMOVE r._new
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
