// Loads payment rows: the Payment, its payer and payee (Organization, Company or Person), contract and approver.
UNWIND $rows AS row
MERGE (n:Payment {payment_id: row.key})
  ON CREATE SET n._new = true
SET n += row.props
FOREACH (code IN row.payer.Organization |
  MERGE (x:Organization {org_code: code})
    ON CREATE SET x.stub = true
  MERGE (n)-[:PAID_BY]->(x))
FOREACH (code IN row.payer.Company |
  MERGE (x:Company {uscc: code})
    ON CREATE SET x.stub = true
  MERGE (n)-[:PAID_BY]->(x))
FOREACH (id IN row.payer.Person |
  MERGE (x:Person {person_id: id})
    ON CREATE SET x.stub = true
  MERGE (n)-[:PAID_BY]->(x))
FOREACH (code IN row.payee.Organization |
  MERGE (x:Organization {org_code: code})
    ON CREATE SET x.stub = true
  MERGE (n)-[:PAID_TO]->(x))
FOREACH (code IN row.payee.Company |
  MERGE (x:Company {uscc: code})
    ON CREATE SET x.stub = true
  MERGE (n)-[:PAID_TO]->(x))
FOREACH (id IN row.payee.Person |
  MERGE (x:Person {person_id: id})
    ON CREATE SET x.stub = true
  MERGE (n)-[:PAID_TO]->(x))
FOREACH (id IN row.contracts |
  MERGE (c:Contract {contract_id: id})
    ON CREATE SET c.stub = true
  MERGE (n)-[:UNDER_CONTRACT]->(c))
FOREACH (id IN row.approvers |
  MERGE (a:Person {person_id: id})
    ON CREATE SET a.stub = true
  MERGE (n)-[:APPROVED_BY]->(a))
WITH n, row, n._new IS NOT NULL AND NOT row.dup AS created
REMOVE n._new
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
