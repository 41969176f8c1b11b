// Links alerts to the entities they concern (CONCERNS), looking each subject up by its label's key.
UNWIND $links AS l
MATCH (x:Alert {alert_id: l.alert})
CALL (l) {
  MATCH (n:Company {uscc: l.key}) WHERE l.label = 'Company' RETURN n
  UNION
  MATCH (n:Person {person_id: l.key}) WHERE l.label = 'Person' RETURN n
  UNION
  MATCH (n:Organization {org_code: l.key}) WHERE l.label = 'Organization' RETURN n
  UNION
  MATCH (n:Tender {tender_id: l.key}) WHERE l.label = 'Tender' RETURN n
  UNION
  MATCH (n:Contract {contract_id: l.key}) WHERE l.label = 'Contract' RETURN n
  UNION
  MATCH (n:Payment {payment_id: l.key}) WHERE l.label = 'Payment' RETURN n
}
MERGE (x)-[:CONCERNS]->(n)
RETURN count(*) AS linked
