// id: split-payments
// title: 拆分支付规避审批（化整为零）
// basis: 《中华人民共和国政府采购法》第二十八条（不得化整为零规避公开招标）；《中华人民共和国招标投标法》第四条；《行政事业单位内部控制规范（试行）》（支付审批控制）
// severity: 二级
// params: approval_threshold=500000, window_days=30, min_count=3, per_contract=true
// method: 同一付款方向同一收款方、单笔均低于审批限额 approval_threshold 元的付款，在连续 window_days 天内（首笔当日起算，含第 window_days 天）不少于 min_count 笔且合计超过限额；per_contract 时不同合同的付款不合并计算（无合同的付款按收付双方合并）。
MATCH (p:Payment)-[:PAID_TO]->(payee)
WHERE p.amount < $approval_threshold AND p.paid_at IS NOT NULL
MATCH (p)-[:PAID_BY]->(payer)
OPTIONAL MATCH (p)-[:UNDER_CONTRACT]->(k:Contract)
WITH payer, payee, p, k, CASE WHEN $per_contract THEN k.contract_id END AS scope
ORDER BY p.paid_at, p.payment_id
WITH payer, payee, scope, collect({p: p, d: date(p.paid_at), k: k.contract_id}) AS ps
WHERE size(ps) >= $min_count
UNWIND range(0, size(ps) - 1) AS i
WITH payer, payee, [x IN ps WHERE ps[i].d <= x.d <= ps[i].d + duration({days: $window_days})] AS win
WHERE size(win) >= $min_count AND reduce(s = 0.0, x IN win | s + x.p.amount) > $approval_threshold
UNWIND win AS x
WITH DISTINCT payer, payee, x.p AS p, x.d AS d, x.k AS k
ORDER BY d, p.payment_id
WITH payer, payee, collect({p: p, k: k}) AS rows, min(d) AS first, max(d) AS last
WITH payer, payee, [x IN rows | x.p] AS flagged, rows, first, last
WITH payer, payee, flagged, rows, first, last,
  reduce(s = 0.0, p IN flagged | s + p.amount) AS total,
  size([p IN flagged WHERE p.amount >= 0.8 * $approval_threshold]) AS nNear,
  CASE WHEN payer:Person THEN 'Person' WHEN payer:Company THEN 'Company' ELSE 'Organization' END AS payerLabel,
  CASE WHEN payee:Person THEN 'Person' WHEN payee:Company THEN 'Company' ELSE 'Organization' END AS payeeLabel,
  coalesce(payer.org_code, payer.uscc, payer.person_id) AS payerKey,
  coalesce(payee.org_code, payee.uscc, payee.person_id) AS payeeKey
RETURN
  [payerLabel + ':' + payerKey, payeeLabel + ':' + payeeKey] AS identity,
  0.5 + 0.1 * CASE WHEN size(flagged) - $min_count > 3 THEN 3 ELSE size(flagged) - $min_count END
    + 0.3 * nNear / size(flagged) AS score,
  coalesce(payer.name, payerKey) + '向' + coalesce(payee.name, payeeKey) + '拆分支付 ' + toString(size(flagged)) + ' 笔' AS title,
  [{label: payerLabel, key: payerKey, name: payer.name}, {label: payeeLabel, key: payeeKey, name: payee.name}]
    + [p IN flagged | {label: 'Payment', key: p.payment_id}]
    + [x IN rows WHERE x.k IS NOT NULL | {label: 'Contract', key: x.k}] AS subjects,
  [{kind: 'split_payments',
    text: coalesce(payer.name, payerKey) + '在 ' + toString(first) + ' 至 ' + toString(last) + ' 期间向' + coalesce(payee.name, payeeKey)
      + '支付 ' + toString(size(flagged)) + ' 笔，单笔均低于审批限额 ' + toString($approval_threshold) + '元，任一 '
      + toString($window_days) + ' 天内至少 ' + toString($min_count) + ' 笔且合计超过限额；合计 ' + toString(total) + '元'
      + CASE WHEN nNear > 0 THEN '，其中 ' + toString(nNear) + ' 笔接近限额（≥80%）' ELSE '' END,
    refs: [{label: payerLabel, key: payerKey}, {label: payeeLabel, key: payeeKey}],
    data: {count: size(flagged), total: total, first: toString(first), last: toString(last), near: nNear}}]
  + [x IN rows |
    {kind: 'payment',
     text: '流水号 ' + x.p.payment_id + '：' + toString(x.p.paid_at) + ' 支付 ' + toString(x.p.amount) + '元'
       + coalesce('，合同 ' + x.k, '') + coalesce('，用途：' + x.p.purpose, ''),
     refs: [{label: 'Payment', key: x.p.payment_id}] + CASE WHEN x.k IS NULL THEN [] ELSE [{label: 'Contract', key: x.k}] END,
     data: {amount: x.p.amount, paid_at: toString(x.p.paid_at)}}] AS evidence
