// Loads shareholding rows: (holder)-[:HOLDS_SHARES]->(Company); the holder is an Organization, Company or Person.
UNWIND $rows AS row
MERGE (c:Company {uscc: row.company})
  ON CREATE SET c.stub = true
WITH row, c
CALL (row, c) {
  WITH row, c WHERE row.holder.label = 'Person'
  MERGE (h:Person {person_id: row.holder.id})
    ON CREATE SET h.stub = true, h.name = row.holder_name
    ON MATCH SET h.name = coalesce(h.name, row.holder_name)
  MERGE (h)-[r:HOLDS_SHARES]->(c)
    ON CREATE SET r._new = true
  SET r += row.props
  RETURN r
  UNION ALL
  WITH row, c WHERE row.holder.label = 'Company'
  MERGE (h:Company {uscc: row.holder.id})
    ON CREATE SET h.stub = true, h.name = row.holder_name
    ON MATCH SET h.name = coalesce(h.name, row.holder_name)
  MERGE (h)-[r:HOLDS_SHARES]->(c)
    ON CREATE SET r._new = true
  SET r += row.props
  RETURN r
  UNION ALL
  WITH row, c WHERE row.holder.label = 'Organization'
  MERGE (h:Organization {org_code: row.holder.id})
    ON CREATE SET h.stub = true, h.name = row.holder_name
    ON MATCH SET h.name = coalesce(h.name, row.holder_name)
  MERGE (h)-[r:HOLDS_SHARES]->(c)
    ON CREATE SET r._new = true
  SET r += row.props
  RETURN r
}
WITH r, r._new IS NOT NULL AND NOT row.dup AS created
REMOVE r._new
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
