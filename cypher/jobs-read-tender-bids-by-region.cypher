// Ring detection input for one partition of a run: one page of the tenders of the given regions
// ('' = tenders without a region), keyset-paged on tender_id, each with its purchaser, open date and bids.
// Same rows as detect-read-tender-bids, restricted to $regions.
// params: $regions (list of region names), $after (tender_id to start after, '' first), $limit (page size)
MATCH (t:Tender)
WHERE t.tender_id > $after AND coalesce(t.region, '') IN $regions
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
  COLLECT {
    MATCH (t)<-[:BID_FOR]-(b:Bid)-[:BID_BY]->(c:Company)
    RETURN {uscc: c.uscc, price: b.price, winner: b.is_winner, rank: b.rank}
  } AS bids
