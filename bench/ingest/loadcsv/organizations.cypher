// LOAD CSV prelude for the benchmark's organizations.csv: builds the same row map as ingest/mappers.ts.
WITH {key: line.org_code, props: {name: line.name, kind: line.kind, region: line.region},
      parents: CASE WHEN line.parent_code IS NULL THEN [] ELSE [line.parent_code] END, dup: false} AS row
