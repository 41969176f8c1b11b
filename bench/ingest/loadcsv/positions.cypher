// LOAD CSV prelude for the benchmark's positions.csv: resolves entity_id like ingest/resolve.ts.
WITH line, line.entity_id AS code
WITH line, code, CASE
  WHEN code IS NULL THEN null
  WHEN EXISTS { MATCH (:Organization {org_code: code}) } THEN 'Organization'
  WHEN EXISTS { MATCH (:Company {uscc: code}) } OR code =~ '[0-9A-HJ-NPQRTUWXY]{18}' THEN 'Company'
  ELSE 'Organization'
END AS label
WITH {person: line.person_id, role: line.role, entity: {label: label, id: code, Organization: CASE WHEN label = 'Organization' THEN [code] ELSE [] END, Company: CASE WHEN label = 'Company' THEN [code] ELSE [] END, Person: CASE WHEN label = 'Person' THEN [code] ELSE [] END}, props: {start: line.start}, dup: false} AS row
