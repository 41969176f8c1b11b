// API: entity search by name through the `entity_search` full-text index (CJK analyser); $lucene is an
// escaped phrase query built from the user's text, so substrings of Chinese names match.
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: toInteger($fetch)}) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN node, score
LIMIT toInteger($limit)
