// Partitioning a detection run: the regions tenders belong to ('' for tenders without one), with counts.
MATCH (t:Tender)
RETURN coalesce(t.region, '') AS region, count(t) AS tenders
ORDER BY region
