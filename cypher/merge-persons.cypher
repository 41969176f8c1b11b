// Loads person rows: the Person (completing a stub), where they work and their phone, email, address.
UNWIND $rows AS row
MERGE (n:Person {person_id: row.key})
  ON CREATE SET n._new = true
SET n += row.props, n.stub = false
FOREACH (code IN row.work.Organization |
  MERGE (e:Organization {org_code: code})
    ON CREATE SET e.stub = true
  MERGE (n)-[w:WORKS_AT]->(e)
  SET w += row.work_props)
FOREACH (code IN row.work.Company |
  MERGE (e:Company {uscc: code})
    ON CREATE SET e.stub = true
  MERGE (n)-[w:WORKS_AT]->(e)
  SET w += row.work_props)
FOREACH (v IN row.phones |
  MERGE (x:Phone {value: v.value})
    ON CREATE SET x.raw = v.raw
  MERGE (n)-[:HAS_PHONE]->(x))
FOREACH (v IN row.emails |
  MERGE (x:Email {value: v.value})
    ON CREATE SET x.raw = v.raw
  MERGE (n)-[:HAS_EMAIL]->(x))
FOREACH (v IN row.addresses |
  MERGE (x:Address {value: v.value})
    ON CREATE SET x.raw = v.raw
  MERGE (n)-[:AT_ADDRESS]->(x))
WITH n, row, n._new IS NOT NULL AND NOT row.dup AS created
REMOVE n._new
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
