// Direct shareholders of the given companies (one level of the upstream ownership subgraph; the
// caller repeats it level by level up to its depth cap). A company without holders returns one row
// with a null holder, so an unknown USCC returns nothing.
MATCH (c:Company)
WHERE c.uscc IN $usccs
OPTIONAL MATCH (h)-[r:HOLDS_SHARES]->(c)
RETURN
  c.uscc AS company,
  c.name AS companyName,
  coalesce(h.uscc, h.person_id, h.org_code) AS holder,
  CASE WHEN h:Person THEN 'Person' WHEN h:Organization THEN 'Organization' ELSE 'Company' END AS holderLabel,
  h.name AS holderName,
  toFloat(r.share_pct) AS pct
ORDER BY company, holder
