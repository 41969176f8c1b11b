// LOAD CSV prelude for the benchmark's relatives.csv.
WITH {a: line.person_id, b: line.relative_id,
      props: {relation: CASE line.relation WHEN '配偶' THEN 'spouse' WHEN '父母' THEN 'parent' ELSE 'other' END},
      dup: false} AS row
