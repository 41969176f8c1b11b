// LOAD CSV prelude for the benchmark's tenders.csv: resolves purchaser_code like ingest/resolve.ts.
WITH line, line.purchaser_code AS code
WITH line, code, CASE
  WHEN code IS NULL THEN null
  WHEN EXISTS { MATCH (:Organization {org_code: code}) } THEN 'Organization'
  WHEN EXISTS { MATCH (:Company {uscc: code}) } OR code =~ '[0-9A-HJ-NPQRTUWXY]{18}' THEN 'Company'
  ELSE 'Organization'
END AS label
WITH {key: line.tender_id,
      props: {name: line.name, budget: toFloat(line.budget), publish_date: line.publish_date, open_date: line.open_date},
      agencies: [], purchaser: {label: label, id: code, Organization: CASE WHEN label = 'Organization' THEN [code] ELSE [] END, Company: CASE WHEN label = 'Company' THEN [code] ELSE [] END, Person: CASE WHEN label = 'Person' THEN [code] ELSE [] END}, dup: false} AS row
