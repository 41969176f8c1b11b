// LOAD CSV prelude for the benchmark's persons.csv: resolves org_code like ingest/resolve.ts, builds the same row map.
WITH line, line.org_code AS code
WITH line, code, CASE
  WHEN code IS NULL THEN null
  WHEN EXISTS { MATCH (:Organization {org_code: code}) } THEN 'Organization'
  WHEN EXISTS { MATCH (:Company {uscc: code}) } OR code =~ '[0-9A-HJ-NPQRTUWXY]{18}' THEN 'Company'
  ELSE 'Organization'
END AS label
WITH {key: line.person_id,
      props: {name: line.name, position: line.position, is_official: line.is_official = '是', phone: line.phone,
              category: CASE line.category WHEN '公职人员' THEN 'official' WHEN '企业人员' THEN 'staff' WHEN '评标专家' THEN 'expert' ELSE 'other' END},
      work_props: {position: line.position},
      work: {label: label, id: code, Organization: CASE WHEN label = 'Organization' THEN [code] ELSE [] END, Company: CASE WHEN label = 'Company' THEN [code] ELSE [] END, Person: CASE WHEN label = 'Person' THEN [code] ELSE [] END},
      phones: CASE WHEN line.phone IS NULL THEN [] ELSE [{value: line.phone, raw: line.phone}] END,
      emails: [], addresses: [], dup: false} AS row
