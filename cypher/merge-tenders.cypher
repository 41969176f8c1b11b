// Loads tender rows: the Tender (completing a stub), who issued it and its agency.
UNWIND $rows AS row
MERGE (n:Tender {tender_id: row.key})
  ON CREATE SET n._new = true
SET n += row.props, n.stub = false
FOREACH (code IN row.purchaser.Organization |
  MERGE (e:Organization {org_code: code})
    ON CREATE SET e.stub = true
  MERGE (n)-[:ISSUED_BY]->(e))
FOREACH (code IN row.purchaser.Company |
  MERGE (e:Company {uscc: code})
    ON CREATE SET e.stub = true
  MERGE (n)-[:ISSUED_BY]->(e))
FOREACH (code IN row.agencies |
  MERGE (a:Company {uscc: code})
    ON CREATE SET a.stub = true
  MERGE (a)-[:AGENCY_FOR]->(n))
WITH n, row, n._new IS NOT NULL AND NOT row.dup AS created
REMOVE n._new
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
