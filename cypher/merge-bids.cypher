// Loads bid rows: the Bid, its tender, bidder and manager, and the bidder's file MAC, IP and phone for that tender.
UNWIND $rows AS row
MERGE (b:Bid {bid_id: row.key})
  ON CREATE SET b._new = true
SET b += row.props
MERGE (t:Tender {tender_id: row.tender_id})
  ON CREATE SET t.stub = true
MERGE (c:Company {uscc: row.bidder})
  ON CREATE SET c.stub = true
MERGE (b)-[:BID_FOR]->(t)
MERGE (b)-[:BID_BY]->(c)
FOREACH (id IN row.managers |
  MERGE (m:Person {person_id: id})
    ON CREATE SET m.stub = true
  MERGE (b)-[:MANAGED_BY]->(m))
FOREACH (v IN row.devices |
  MERGE (x:Device {value: v.value})
    ON CREATE SET x.raw = v.raw
  MERGE (c)-[:USED_DEVICE {tender_id: row.tender_id}]->(x))
FOREACH (v IN row.ips |
  MERGE (x:IP {value: v.value})
    ON CREATE SET x.raw = v.raw
  MERGE (c)-[:USED_IP {tender_id: row.tender_id}]->(x))
FOREACH (v IN row.phones |
  MERGE (x:Phone {value: v.value})
    ON CREATE SET x.raw = v.raw
  MERGE (c)-[:HAS_PHONE {tender_id: row.tender_id}]->(x))
WITH b, row, b._new IS NOT NULL AND NOT row.dup AS created
REMOVE b._new
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
