// API: shortest paths between two entities within a hop limit (the `*..6` bound is replaced by the
// validated hop count, 1..6), optionally as of a date: relationships that start (since/start) after
// it or end before it are skipped. Detection nodes and identifiers shared by more than
// $maxIdentifierDegree parties are not passed through.
OPTIONAL CALL () {
  MATCH (a:Company {uscc: $fromKey}) WHERE $fromLabel = 'Company' RETURN a
  UNION MATCH (a:Person {person_id: $fromKey}) WHERE $fromLabel = 'Person' RETURN a
  UNION MATCH (a:Organization {org_code: $fromKey}) WHERE $fromLabel = 'Organization' RETURN a
  UNION MATCH (a:Tender {tender_id: $fromKey}) WHERE $fromLabel = 'Tender' RETURN a
  UNION MATCH (a:Bid {bid_id: $fromKey}) WHERE $fromLabel = 'Bid' RETURN a
  UNION MATCH (a:Contract {contract_id: $fromKey}) WHERE $fromLabel = 'Contract' RETURN a
  UNION MATCH (a:Payment {payment_id: $fromKey}) WHERE $fromLabel = 'Payment' RETURN a
  UNION MATCH (a:Phone {value: $fromKey}) WHERE $fromLabel = 'Phone' RETURN a
  UNION MATCH (a:Email {value: $fromKey}) WHERE $fromLabel = 'Email' RETURN a
  UNION MATCH (a:Address {value: $fromKey}) WHERE $fromLabel = 'Address' RETURN a
  UNION MATCH (a:Device {value: $fromKey}) WHERE $fromLabel = 'Device' RETURN a
  UNION MATCH (a:IP {value: $fromKey}) WHERE $fromLabel = 'IP' RETURN a
}
OPTIONAL CALL () {
  MATCH (b:Company {uscc: $toKey}) WHERE $toLabel = 'Company' RETURN b
  UNION MATCH (b:Person {person_id: $toKey}) WHERE $toLabel = 'Person' RETURN b
  UNION MATCH (b:Organization {org_code: $toKey}) WHERE $toLabel = 'Organization' RETURN b
  UNION MATCH (b:Tender {tender_id: $toKey}) WHERE $toLabel = 'Tender' RETURN b
  UNION MATCH (b:Bid {bid_id: $toKey}) WHERE $toLabel = 'Bid' RETURN b
  UNION MATCH (b:Contract {contract_id: $toKey}) WHERE $toLabel = 'Contract' RETURN b
  UNION MATCH (b:Payment {payment_id: $toKey}) WHERE $toLabel = 'Payment' RETURN b
  UNION MATCH (b:Phone {value: $toKey}) WHERE $toLabel = 'Phone' RETURN b
  UNION MATCH (b:Email {value: $toKey}) WHERE $toLabel = 'Email' RETURN b
  UNION MATCH (b:Address {value: $toKey}) WHERE $toLabel = 'Address' RETURN b
  UNION MATCH (b:Device {value: $toKey}) WHERE $toLabel = 'Device' RETURN b
  UNION MATCH (b:IP {value: $toKey}) WHERE $toLabel = 'IP' RETURN b
}
WITH a, b LIMIT 1
OPTIONAL CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[*..6]-(b))
  WHERE all(x IN nodes(p) WHERE NOT x:Alert AND NOT x:Run
      AND (NOT x:Phone|Email|Address|Device|IP OR COUNT { (x)--() } <= $maxIdentifierDegree))
    AND all(y IN relationships(p) WHERE $asOf IS NULL
      OR (coalesce(y.since, y.start, '') <= $asOf AND coalesce(y.end, '9999-12-31') >= $asOf))
  RETURN p LIMIT toInteger($limit)
}
RETURN a, b, collect(p) AS paths
