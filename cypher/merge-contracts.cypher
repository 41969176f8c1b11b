// Loads contract rows: the Contract (completing a stub), its tender, buyer and supplier.
UNWIND $rows AS row
MERGE (n:Contract {contract_id: row.key})
  ON CREATE SET n._new = true
SET n += row.props, n.stub = false
FOREACH (id IN row.tenders |
  MERGE (t:Tender {tender_id: id})
    ON CREATE SET t.stub = true
  MERGE (n)-[:AWARDED_UNDER]->(t))
FOREACH (code IN row.buyer.Organization |
  MERGE (e:Organization {org_code: code})
    ON CREATE SET e.stub = true
  MERGE (n)-[:BUYER]->(e))
FOREACH (code IN row.buyer.Company |
  MERGE (e:Company {uscc: code})
    ON CREATE SET e.stub = true
  MERGE (n)-[:BUYER]->(e))
FOREACH (code IN row.suppliers |
  MERGE (s:Company {uscc: code})
    ON CREATE SET s.stub = true
  MERGE (n)-[:SUPPLIER]->(s))
WITH n, row, n._new IS NOT NULL AND NOT row.dup AS created
REMOVE n._new
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
