// LOAD CSV prelude for the benchmark's companies.csv: builds the same row map as ingest/mappers.ts.
WITH {key: line.uscc,
      props: {name: line.name, established: line.established, registered_capital: toFloat(line.registered_capital),
              address: line.address, phone: line.phone},
      legal_rep: CASE WHEN line.legal_rep_id IS NULL THEN [] ELSE [{id: line.legal_rep_id, name: null}] END,
      phones: CASE WHEN line.phone IS NULL THEN [] ELSE [{value: line.phone, raw: line.phone}] END,
      emails: [],
      addresses: CASE WHEN line.address IS NULL THEN [] ELSE [{value: toLower(replace(line.address, ' ', '')), raw: line.address}] END,
      dup: false} AS row
