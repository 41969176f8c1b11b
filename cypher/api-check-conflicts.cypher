// API: conflict-of-interest check for a batch of pairs. Each party is resolved by its id in the import
// contract's order (organisation code, then USCC, then person id). Paths use only the relationships of
// kinship, ownership/control, employment and shared identifiers, within a hop bound (the `*..4` bound
// is replaced by the validated hop count, 1..6); an identifier shared by more than $maxIdentifierDegree
// parties is not passed through, so a call-centre number or a business-park address is no connection
// by itself. As of $asOf, relationships starting after it or ending before it are skipped.
// All predicates are universal over nodes/relationships, so the bidirectional BFS checks them inline.
UNWIND $pairs AS pair
CALL (pair) {
  OPTIONAL MATCH (o:Organization {org_code: pair.a})
  OPTIONAL MATCH (c:Company {uscc: pair.a})
  OPTIONAL MATCH (p:Person {person_id: pair.a})
  RETURN coalesce(o, c, p) AS a
}
CALL (pair) {
  OPTIONAL MATCH (o:Organization {org_code: pair.b})
  OPTIONAL MATCH (c:Company {uscc: pair.b})
  OPTIONAL MATCH (p:Person {person_id: pair.b})
  RETURN coalesce(o, c, p) AS b
}
OPTIONAL CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[:RELATIVE_OF|HOLDS_SHARES|LEGAL_REP_OF|HOLDS_POSITION|WORKS_AT|HAS_PHONE|HAS_EMAIL|AT_ADDRESS|USED_DEVICE|USED_IP*..4]-(b))
  WHERE all(x IN nodes(p) WHERE NOT x:Phone|Email|Address|Device|IP OR COUNT { (x)--() } <= $maxIdentifierDegree)
    AND all(y IN relationships(p) WHERE $asOf IS NULL
      OR (coalesce(y.since, y.start, '') <= $asOf AND coalesce(y.end, '9999-12-31') >= $asOf))
  WITH p LIMIT toInteger($maxCandidates)
  RETURN collect({path: p, degrees: [x IN nodes(p) | CASE WHEN x:Phone|Email|Address|Device|IP THEN COUNT { (x)--() } END]}) AS paths
}
RETURN pair.i AS i, a, b, coalesce(paths, []) AS paths
