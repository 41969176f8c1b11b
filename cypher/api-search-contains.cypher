// API: name search fallback for one-character queries, which the CJK bigram index cannot match.
MATCH (node:Company|Person|Organization|Tender)
WHERE node.name CONTAINS $q AND ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
RETURN node, 0.5 AS score
LIMIT toInteger($limit)
