// Every shareholding link (holder → company with share %), for bulk 股权穿透 before the rules run.
MATCH (h)-[r:HOLDS_SHARES]->(c:Company)
WHERE r.share_pct > 0
RETURN
  coalesce(h.uscc, h.person_id, h.org_code) AS holder,
  CASE WHEN h:Person THEN 'Person' WHEN h:Organization THEN 'Organization' ELSE 'Company' END AS holderLabel,
  h.name AS holderName,
  c.uscc AS company,
  c.name AS companyName,
  toFloat(r.share_pct) AS pct
