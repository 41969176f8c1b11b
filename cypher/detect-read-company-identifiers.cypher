// Ring detection: phones, emails, addresses, bid-file MACs and IPs of candidate members, with how
// many parties share each one in the whole graph (hubs such as registration agents are discounted).
// params: $usccs (list of 统一社会信用代码)
UNWIND $usccs AS u
MATCH (c:Company {uscc: u})-[r:HAS_PHONE|HAS_EMAIL|AT_ADDRESS|USED_DEVICE|USED_IP]->(i)
WITH c, i, collect(DISTINCT r.tender_id) AS tenders
RETURN
  c.uscc AS uscc,
  head(labels(i)) AS kind,
  i.value AS value,
  null AS display,
  COUNT {
    MATCH (i)<-[:HAS_PHONE|HAS_EMAIL|AT_ADDRESS|USED_DEVICE|USED_IP]-(p)
    RETURN DISTINCT p
  } AS degree,
  tenders
