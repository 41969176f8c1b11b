// API: the neighbourhood of one entity, grouped by relationship type, at most $perType neighbours per
// type (ordered by name, then key) with the total, so the caller can say "and N more".
CALL () {
  MATCH (n:Company {uscc: $key}) WHERE $label = 'Company' RETURN n
  UNION MATCH (n:Person {person_id: $key}) WHERE $label = 'Person' RETURN n
  UNION MATCH (n:Organization {org_code: $key}) WHERE $label = 'Organization' RETURN n
  UNION MATCH (n:Tender {tender_id: $key}) WHERE $label = 'Tender' RETURN n
  UNION MATCH (n:Bid {bid_id: $key}) WHERE $label = 'Bid' RETURN n
  UNION MATCH (n:Contract {contract_id: $key}) WHERE $label = 'Contract' RETURN n
  UNION MATCH (n:Payment {payment_id: $key}) WHERE $label = 'Payment' RETURN n
  UNION MATCH (n:Phone {value: $key}) WHERE $label = 'Phone' RETURN n
  UNION MATCH (n:Email {value: $key}) WHERE $label = 'Email' RETURN n
  UNION MATCH (n:Address {value: $key}) WHERE $label = 'Address' RETURN n
  UNION MATCH (n:Device {value: $key}) WHERE $label = 'Device' RETURN n
  UNION MATCH (n:IP {value: $key}) WHERE $label = 'IP' RETURN n
}
WITH n LIMIT 1
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE ($types IS NULL OR type(r) IN $types) AND NOT m:Run AND NOT m:Alert
  WITH type(r) AS type, r, m
  ORDER BY type, coalesce(m.name, m.value, ''), elementId(m)
  WITH type, collect([r, m]) AS pairs
  RETURN collect({type: type, total: size(pairs), items: pairs[..toInteger($perType)]}) AS groups
}
RETURN n, groups
