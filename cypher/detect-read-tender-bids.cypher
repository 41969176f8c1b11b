// Ring detection (围标串标) input: one page of tenders, keyset-paged on tender_id, each with its
// purchaser, open date, budget and every bid (bidder, price, winner flag, rank).
// params: $after (tender_id to start after, '' for the first page), $limit (page size)
MATCH (t:Tender)
WHERE t.tender_id > $after
WITH t
ORDER BY t.tender_id
LIMIT toInteger($limit)
WITH t, head([(t)-[:ISSUED_BY]->(o) | o]) AS o
RETURN
  t.tender_id AS tender_id,
  t.name AS name,
  o.org_code AS purchaser,
  o.name AS purchaser_name,
  toString(t.open_date) AS open_date,
  t.budget AS budget,
  COLLECT {
    MATCH (t)<-[:BID_FOR]-(b:Bid)-[:BID_BY]->(c:Company)
    RETURN {uscc: c.uscc, price: b.price, winner: b.is_winner, rank: b.rank}
  } AS bids
