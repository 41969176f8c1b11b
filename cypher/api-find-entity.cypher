// API: one entity by label and key (each label's unique key, so every branch is an index seek), with
// how many relationships of each type and direction it has.
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
  WHERE NOT m:Run
  WITH type(r) AS type, startNode(r) = n AS out, count(*) AS count
  RETURN collect({type: type, direction: CASE WHEN out THEN 'out' ELSE 'in' END, count: count}) AS rels
}
RETURN n, rels
