// id: payment-before-contract
// title: 先付款后签合同
// basis: 《中华人民共和国政府采购法》第四十六条（中标通知书发出后签订合同）；《行政事业单位内部控制规范（试行）》（合同控制、支付控制）
// severity: 二级
// params: grace_days=0
// method: 合同项下的付款日期早于合同签订日期超过 grace_days 天。
MATCH (p:Payment)-[:UNDER_CONTRACT]->(k:Contract)
WHERE p.paid_at IS NOT NULL AND k.signed IS NOT NULL
  AND date(p.paid_at) + duration({days: $grace_days}) < date(k.signed)
OPTIONAL MATCH (p)-[:PAID_BY]->(payer)
WITH k, p, payer, duration.inDays(date(p.paid_at), date(k.signed)).days AS early
ORDER BY p.paid_at, p.payment_id
WITH k, collect({p: p, payer: payer, early: early}) AS ps
OPTIONAL MATCH (k)-[:SUPPLIER]->(sup:Company)
OPTIONAL MATCH (k)-[:BUYER]->(buyer)
WITH k, ps, sup, buyer,
  reduce(s = 0.0, x IN ps | s + x.p.amount) AS early_total,
  reduce(m = 0, x IN ps | CASE WHEN x.early > m THEN x.early ELSE m END) AS max_early
RETURN
  ['Contract:' + k.contract_id] AS identity,
  0.5 + 0.3 * CASE WHEN max_early >= 90 THEN 1.0 ELSE max_early / 90.0 END
    + 0.2 * CASE WHEN k.amount > 0 AND early_total < k.amount THEN early_total / k.amount WHEN k.amount > 0 THEN 1.0 ELSE 0.0 END AS score,
  '合同 ' + k.contract_id + ' 签订前已付款 ' + toString(size(ps)) + ' 笔' AS title,
  [{label: 'Contract', key: k.contract_id, name: k.subject}]
    + CASE WHEN sup IS NULL THEN [] ELSE [{label: 'Company', key: sup.uscc, name: sup.name}] END
    + CASE WHEN buyer IS NULL THEN [] ELSE [{label: 'Organization', key: coalesce(buyer.org_code, buyer.uscc), name: buyer.name}] END
    + [x IN ps | {label: 'Payment', key: x.p.payment_id}] AS subjects,
  [{kind: 'contract',
    text: '合同 ' + k.contract_id + coalesce('（' + k.subject + '）', '') + ' 签订日期 ' + toString(k.signed) + '，金额 '
      + coalesce(toString(k.amount) + '元', '未知') + coalesce('，采购单位 ' + buyer.name, '') + coalesce('，供应商 ' + sup.name, '')
      + '；签订前已支付 ' + toString(size(ps)) + ' 笔，合计 ' + toString(early_total) + '元',
    refs: [{label: 'Contract', key: k.contract_id}],
    data: {signed: toString(k.signed), amount: k.amount, early_total: early_total, max_early_days: max_early}}]
  + [x IN ps |
    {kind: 'early_payment',
     text: '流水号 ' + x.p.payment_id + '：' + toString(x.p.paid_at) + ' 支付 ' + toString(x.p.amount) + '元，早于合同签订 '
       + toString(x.early) + ' 天' + coalesce('（付款方 ' + x.payer.name + '）', ''),
     refs: [{label: 'Payment', key: x.p.payment_id}],
     data: {amount: x.p.amount, paid_at: toString(x.p.paid_at), days_early: x.early}}] AS evidence
