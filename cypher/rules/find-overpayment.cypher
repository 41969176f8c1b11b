// id: overpayment
// title: 合同项下付款超过合同金额
// basis: 《行政事业单位内部控制规范（试行）》（合同控制、支付控制：按合同约定付款）；《中华人民共和国政府采购法》第四十九条（追加采购须签订补充合同）
// severity: 二级
// params: tolerance=0.01
// method: 同一合同项下全部付款之和超过合同金额 ×（1 + tolerance）；tolerance 只容许尾差，追加采购应另签补充合同。
MATCH (p:Payment)-[:UNDER_CONTRACT]->(k:Contract)
WHERE k.amount > 0 AND p.amount IS NOT NULL
WITH k, p
ORDER BY p.paid_at, p.payment_id
WITH k, collect(p) AS ps, sum(p.amount) AS paid
WHERE paid > k.amount * (1 + $tolerance)
OPTIONAL MATCH (k)-[:SUPPLIER]->(sup:Company)
OPTIONAL MATCH (k)-[:BUYER]->(buyer)
WITH k, ps, paid, sup, buyer, (paid - k.amount) / k.amount AS excess
RETURN
  ['Contract:' + k.contract_id] AS identity,
  0.5 + CASE WHEN excess >= 0.5 THEN 0.5 ELSE excess END AS score,
  '合同 ' + k.contract_id + ' 付款超出合同金额 ' + toString(round(100 * excess, 1)) + '%' AS title,
  [{label: 'Contract', key: k.contract_id, name: k.subject}]
    + CASE WHEN sup IS NULL THEN [] ELSE [{label: 'Company', key: sup.uscc, name: sup.name}] END
    + CASE WHEN buyer IS NULL THEN [] ELSE [{label: 'Organization', key: coalesce(buyer.org_code, buyer.uscc), name: buyer.name}] END
    + [p IN ps | {label: 'Payment', key: p.payment_id}] AS subjects,
  [{kind: 'overpayment',
    text: '合同 ' + k.contract_id + coalesce('（' + k.subject + '）', '') + ' 金额 ' + toString(k.amount) + '元'
      + coalesce('，采购单位 ' + buyer.name, '') + coalesce('，供应商 ' + sup.name, '') + '；该合同项下共付款 '
      + toString(size(ps)) + ' 笔，合计 ' + toString(paid) + '元，超出合同金额 ' + toString(paid - k.amount) + '元（'
      + toString(round(100 * excess, 2)) + '%，容差 ' + toString(round(100 * $tolerance, 2)) + '%）',
    refs: [{label: 'Contract', key: k.contract_id}],
    data: {amount: k.amount, paid: paid, excess: excess}}]
  + [p IN ps |
    {kind: 'payment',
     text: '流水号 ' + p.payment_id + '：' + coalesce(toString(p.paid_at), '日期未知') + ' 支付 ' + toString(p.amount) + '元',
     refs: [{label: 'Payment', key: p.payment_id}],
     data: {amount: p.amount, paid_at: toString(p.paid_at)}}] AS evidence
