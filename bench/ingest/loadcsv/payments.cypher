// LOAD CSV prelude for the benchmark's payments.csv: resolves payer_id and payee_id like ingest/resolve.ts.
WITH line, line.payer_id AS code
WITH line, code AS payer, CASE
  WHEN EXISTS { MATCH (:Organization {org_code: code}) } THEN 'Organization'
  WHEN EXISTS { MATCH (:Company {uscc: code}) } THEN 'Company'
  WHEN EXISTS { MATCH (:Person {person_id: code}) } THEN 'Person'
  WHEN code =~ '9[0-9A-HJ-NPQRTUWXY]{17}' THEN 'Company'
  ELSE 'Person'
END AS payer_label
WITH line, payer, payer_label, line.payee_id AS code
WITH line, payer, payer_label, code AS payee, CASE
  WHEN EXISTS { MATCH (:Organization {org_code: code}) } THEN 'Organization'
  WHEN EXISTS { MATCH (:Company {uscc: code}) } THEN 'Company'
  WHEN EXISTS { MATCH (:Person {person_id: code}) } THEN 'Person'
  WHEN code =~ '9[0-9A-HJ-NPQRTUWXY]{17}' THEN 'Company'
  ELSE 'Person'
END AS payee_label
WITH {key: line.payment_id, props: {amount: toFloat(line.amount), paid_at: line.paid_at},
      contracts: CASE WHEN line.contract_id IS NULL THEN [] ELSE [line.contract_id] END, approvers: [],
      payer: {label: payer_label, id: payer, Organization: CASE WHEN payer_label = 'Organization' THEN [payer] ELSE [] END, Company: CASE WHEN payer_label = 'Company' THEN [payer] ELSE [] END, Person: CASE WHEN payer_label = 'Person' THEN [payer] ELSE [] END},
      payee: {label: payee_label, id: payee, Organization: CASE WHEN payee_label = 'Organization' THEN [payee] ELSE [] END, Company: CASE WHEN payee_label = 'Company' THEN [payee] ELSE [] END, Person: CASE WHEN payee_label = 'Person' THEN [payee] ELSE [] END},
      dup: false} AS row
