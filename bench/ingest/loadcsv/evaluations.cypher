// LOAD CSV prelude for the benchmark's evaluations.csv.
WITH {tender_id: line.tender_id, expert: line.expert_id, props: {role: line.role}, dup: false} AS row
