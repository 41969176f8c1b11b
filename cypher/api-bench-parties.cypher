// API benchmark: a spread of persons and companies (every k-th by key order) to pair at random.
CALL () {
  MATCH (p:Person) WHERE p.stub IS NULL OR p.stub = false
  WITH p ORDER BY p.person_id SKIP toInteger($skip) LIMIT toInteger($n)
  RETURN 'Person' AS label, p.person_id AS key
  UNION
  MATCH (c:Company) WITH c ORDER BY c.uscc SKIP toInteger($skip) LIMIT toInteger($n)
  RETURN 'Company' AS label, c.uscc AS key
}
RETURN label, key
