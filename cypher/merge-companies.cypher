// Loads company rows: the Company (completing a stub), its legal representative and its phone, email, address.
UNWIND $rows AS row
MERGE (n:Company {uscc: row.key})
  ON CREATE SET n._new = true
SET n += row.props, n.stub = false
FOREACH (rep IN row.legal_rep |
  MERGE (p:Person {person_id: rep.id})
    ON CREATE SET p.stub = true, p.name = rep.name
    ON MATCH SET p.name = coalesce(p.name, rep.name)
  MERGE (p)-[:LEGAL_REP_OF]->(n))
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
