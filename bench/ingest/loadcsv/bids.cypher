// LOAD CSV prelude for the benchmark's bids.csv: builds the same row map as ingest/mappers.ts.
WITH {key: line.tender_id + '|' + line.bidder_uscc, tender_id: line.tender_id, bidder: line.bidder_uscc,
      props: {tender_id: line.tender_id, bidder_uscc: line.bidder_uscc, price: toFloat(line.price),
              score: toFloat(line.score), rank: toInteger(line.rank), is_winner: line.is_winner = '是',
              submitted_at: replace(line.submitted_at, ' ', 'T') + ':00'},
      managers: CASE WHEN line.manager_id IS NULL THEN [] ELSE [line.manager_id] END,
      devices: CASE WHEN line.file_mac IS NULL THEN [] ELSE [{value: replace(line.file_mac, '-', ':'), raw: line.file_mac}] END,
      ips: CASE WHEN line.ip IS NULL THEN [] ELSE [{value: line.ip, raw: line.ip}] END,
      phones: CASE WHEN line.contact_phone IS NULL THEN [] ELSE [{value: line.contact_phone, raw: line.contact_phone}] END,
      dup: false} AS row
