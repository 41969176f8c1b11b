// Ring detection: project managers (项目负责人) named on the bids of at least two candidate members,
// with how many distinct companies each manager has bid for in the whole graph.
// params: $usccs (list of 统一社会信用代码)
UNWIND $usccs AS u
MATCH (c:Company {uscc: u})<-[:BID_BY]-(b:Bid)-[:MANAGED_BY]->(p:Person)
WITH p, c, collect(DISTINCT b.tender_id) AS tenders
WITH p, collect({uscc: c.uscc, tenders: tenders}) AS holders
WHERE size(holders) >= 2
WITH p, holders, COUNT {
    MATCH (p)<-[:MANAGED_BY]-(:Bid)-[:BID_BY]->(x:Company)
    RETURN DISTINCT x
  } AS degree
UNWIND holders AS h
RETURN h.uscc AS uscc, 'Manager' AS kind, p.person_id AS value, p.name AS display, degree, h.tenders AS tenders
