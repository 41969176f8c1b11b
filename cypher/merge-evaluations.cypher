// Loads evaluation-panel rows: (Tender)-[:EVALUATED_BY {role}]->(Person), stubs for either end not yet loaded.
UNWIND $rows AS row
MERGE (t:Tender {tender_id: row.tender_id})
  ON CREATE SET t.stub = true
MERGE (p:Person {person_id: row.expert})
  ON CREATE SET p.stub = true
MERGE (t)-[r:EVALUATED_BY]->(p)
  ON CREATE SET r._new = true
SET r += row.props
WITH r, r._new IS NOT NULL AND NOT row.dup AS created
REMOVE r._new
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
