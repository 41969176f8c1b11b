// LOAD CSV prelude for the benchmark's contracts.csv: resolves buyer_code like ingest/resolve.ts.
WITH line, line.buyer_code AS code
WITH line, code, CASE
  WHEN code IS NULL THEN null
  WHEN EXISTS { MATCH (:Organization {org_code: code}) } THEN 'Organization'
  WHEN EXISTS { MATCH (:Company {uscc: code}) } OR code =~ '[0-9A-HJ-NPQRTUWXY]{18}' THEN 'Company'
  ELSE 'Organization'
END AS label
WITH {key: line.contract_id, props: {amount: toFloat(line.amount), signed: line.signed},
      tenders: CASE WHEN line.tender_id IS NULL THEN [] ELSE [line.tender_id] END,
      suppliers: CASE WHEN line.supplier_uscc IS NULL THEN [] ELSE [line.supplier_uscc] END,
      buyer: {label: label, id: code, Organization: CASE WHEN label = 'Organization' THEN [code] ELSE [] END, Company: CASE WHEN label = 'Company' THEN [code] ELSE [] END, Person: CASE WHEN label = 'Person' THEN [code] ELSE [] END}, dup: false} AS row
