// Loads position rows: (Person)-[:HOLDS_POSITION {role}]->(Organization or Company), one per person, entity and role.
UNWIND $rows AS row
MERGE (p:Person {person_id: row.person})
  ON CREATE SET p.stub = true
WITH row, p
CALL (row, p) {
  WITH row, p WHERE row.entity.label = 'Organization'
  MERGE (e:Organization {org_code: row.entity.id})
    ON CREATE SET e.stub = true
  MERGE (p)-[r:HOLDS_POSITION {role: row.role}]->(e)
    ON CREATE SET r._new = true
  SET r += row.props
  RETURN r
  UNION ALL
  WITH row, p WHERE row.entity.label = 'Company'
  MERGE (e:Company {uscc: row.entity.id})
    ON CREATE SET e.stub = true
  MERGE (p)-[r:HOLDS_POSITION {role: row.role}]->(e)
    ON CREATE SET r._new = true
  SET r += row.props
  RETURN r
}
WITH r, r._new IS NOT NULL AND NOT row.dup AS created
REMOVE r._new
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
