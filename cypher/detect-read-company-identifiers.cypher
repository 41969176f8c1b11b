// Ring detection: phones, emails, addresses, bid-file MACs and IPs that at least two candidate
// members share, with how many parties hold each one in the whole graph (hubs such as registration
// agents are discounted or ignored by the caller).
// params: $usccs (list of 统一社会信用代码)
UNWIND $usccs AS u
MATCH (c:Company {uscc: u})-[r:HAS_PHONE|HAS_EMAIL|AT_ADDRESS|USED_DEVICE|USED_IP]->(i)
WITH i, c, collect(DISTINCT r.tender_id) AS tenders
WITH i, collect({uscc: c.uscc, tenders: tenders}) AS holders
WHERE size(holders) >= 2
WITH i, holders, COUNT {
    MATCH (i)<-[:HAS_PHONE|HAS_EMAIL|AT_ADDRESS|USED_DEVICE|USED_IP]-(p)
    RETURN DISTINCT p
  } AS degree
UNWIND holders AS h
RETURN h.uscc AS uscc, head(labels(i)) AS kind, i.value AS value, null AS display, degree, h.tenders AS tenders
