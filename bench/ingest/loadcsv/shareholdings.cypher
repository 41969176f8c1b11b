// LOAD CSV prelude for the benchmark's shareholdings.csv: resolves holder_id like ingest/resolve.ts.
WITH line, line.holder_id AS code
WITH line, code, CASE
  WHEN EXISTS { MATCH (:Organization {org_code: code}) } THEN 'Organization'
  WHEN EXISTS { MATCH (:Company {uscc: code}) } THEN 'Company'
  WHEN EXISTS { MATCH (:Person {person_id: code}) } THEN 'Person'
  WHEN code =~ '9[0-9A-HJ-NPQRTUWXY]{17}' THEN 'Company'
  ELSE 'Person'
END AS label
WITH {company: line.company_uscc, holder_name: line.holder_name, holder: {label: label, id: code, Organization: CASE WHEN label = 'Organization' THEN [code] ELSE [] END, Company: CASE WHEN label = 'Company' THEN [code] ELSE [] END, Person: CASE WHEN label = 'Person' THEN [code] ELSE [] END},
      props: {share_pct: toFloat(line.share_pct)}, dup: false} AS row
