// API benchmark: pairs that are related within 4 hops (a person and a company its relative holds, holds
// shares in through a company, or shares a phone with), to mix with unrelated pairs.
CALL () {
  MATCH (p:Person)-[:RELATIVE_OF]-(:Person)-[:HOLDS_SHARES]->(c:Company)
  RETURN p.person_id AS a, c.uscc AS b LIMIT toInteger($n)
  UNION
  MATCH (p:Person)-[:HOLDS_SHARES]->(:Company)-[:HOLDS_SHARES]->(c:Company)
  RETURN p.person_id AS a, c.uscc AS b LIMIT toInteger($n)
  UNION
  MATCH (p:Person)-[:HOLDS_POSITION|WORKS_AT]->(:Company)<-[:HOLDS_SHARES]-(c:Company)
  RETURN p.person_id AS a, c.uscc AS b LIMIT toInteger($n)
  UNION
  MATCH (x:Company)-[:HAS_PHONE]->(ph:Phone)<-[:HAS_PHONE]-(c:Company)
  WHERE x <> c AND COUNT { (ph)--() } <= 20
  RETURN x.uscc AS a, c.uscc AS b LIMIT toInteger($n)
}
RETURN a, b
