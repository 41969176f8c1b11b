// Sums of the facts rules read (amounts, shares, prices, winners), so a changed figure changes the
// run's input fingerprint even when no key changed.
CALL () { MATCH (p:Payment) RETURN sum(p.amount) AS payments, count(p.paid_at) AS dated }
CALL () { MATCH (k:Contract) RETURN sum(k.amount) AS contracts }
CALL () { MATCH ()-[s:HOLDS_SHARES]->() RETURN sum(s.share_pct) AS shares }
CALL () { MATCH (b:Bid) RETURN sum(b.price) AS bids, count(CASE WHEN b.is_winner = true THEN 1 END) AS winners }
RETURN payments, dated, contracts, shares, bids, winners
