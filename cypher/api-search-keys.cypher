// API: exact identifier lookup across labels (USCC, 身份证号, org code, tender/contract/payment id,
// normalised phone and e-mail), each an index seek on a unique key.
CALL () {
  MATCH (n:Company {uscc: $key}) RETURN n
  UNION MATCH (n:Person {person_id: $key}) RETURN n
  UNION MATCH (n:Organization {org_code: $key}) RETURN n
  UNION MATCH (n:Tender {tender_id: $key}) RETURN n
  UNION MATCH (n:Contract {contract_id: $key}) RETURN n
  UNION MATCH (n:Payment {payment_id: $key}) RETURN n
  UNION MATCH (n:Phone {value: $phone}) RETURN n
  UNION MATCH (n:Email {value: $email}) RETURN n
}
RETURN n AS node, 100.0 AS score
