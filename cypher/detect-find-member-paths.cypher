// Ring detection: the shortest ownership / position / kinship path (1–4 hops through persons and
// companies) between two members of a candidate group, e.g. 共同股东, 法定代表人互为亲属.
// Intermediate nodes with more than $maxDegree such links (holding groups, agents) are not crossed.
// params: $pairs (list of [uscc, uscc]), $maxDegree (int)
UNWIND $pairs AS pair
MATCH (a:Company {uscc: pair[0]}), (b:Company {uscc: pair[1]})
MATCH p = SHORTEST 1 (a)
  ((n)-[:HOLDS_SHARES|HOLDS_POSITION|LEGAL_REP_OF|RELATIVE_OF]-(x:Person|Company
    WHERE COUNT { (x)-[:HOLDS_SHARES|HOLDS_POSITION|LEGAL_REP_OF|RELATIVE_OF]-() } <= $maxDegree)){0,3}
  (y)-[:HOLDS_SHARES|HOLDS_POSITION|LEGAL_REP_OF|RELATIVE_OF]-(b)
WITH pair, nodes(p) AS ns, relationships(p) AS rs
RETURN
  pair[0] AS from,
  pair[1] AS to,
  [n IN ns | {label: head(labels(n)), key: coalesce(n.uscc, n.person_id), name: n.name}] AS nodes,
  [i IN range(0, size(rs) - 1) |
    {type: type(rs[i]), forward: startNode(rs[i]) = ns[i], props: properties(rs[i])}] AS rels
