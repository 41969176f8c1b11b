// id: related-party-awards
// title: 采购单位反复向关联方授予合同
// basis: 《中华人民共和国招标投标法实施条例》第三十四条（与招标人存在利害关系可能影响招标公正性的，不得参加投标）；《中华人民共和国政府采购法》第十二条（回避）
// severity: 二级
// params: min_awards=3, kin_hops=1
// method: 同一采购单位向同一企业授予（中标或直接签约）不少于 min_awards 次，且该企业与单位存在关联：单位（或其上下级单位）持股该企业，或单位工作人员本人及其 kin_hops 度以内亲属在该企业任职、担任法定代表人或持股。
MATCH (c:Company)<-[:BID_BY]-(b:Bid)-[:BID_FOR]->(t:Tender)-[:ISSUED_BY]->(u:Organization)
WHERE b.is_winner = true
WITH u, c, collect(DISTINCT {id: t.tender_id, name: t.name, date: t.open_date, amount: b.price, kind: '中标项目'}) AS won
OPTIONAL MATCH (c)<-[:SUPPLIER]-(k:Contract)-[:BUYER]->(u)
WHERE NOT EXISTS { (k)-[:AWARDED_UNDER]->(:Tender) }
WITH u, c, won, collect(DISTINCT {id: k.contract_id, name: k.subject, date: k.signed, amount: k.amount, kind: '直接签约合同'}) AS direct
WITH u, c, won + [x IN direct WHERE x.id IS NOT NULL] AS awards
WHERE size(awards) >= $min_awards
CALL (u, c) {
  MATCH op = (o:Organization)-[:HOLDS_SHARES*1..3]->(c)
  WHERE o = u OR EXISTS { (u)-[:SUBORDINATE_TO*1..2]-(o) }
  RETURN coalesce(o.name, o.org_code) + '持股' + coalesce(c.name, c.uscc) + '：'
    + reduce(s = coalesce(o.name, o.org_code), i IN range(0, length(op) - 1) |
      s + ' —' + toString(relationships(op)[i].share_pct) + '%→ ' + coalesce(nodes(op)[i + 1].name, nodes(op)[i + 1].uscc)) AS tie,
    [] AS people
  UNION
  MATCH (s:Person)-[:WORKS_AT|HOLDS_POSITION]->(u)
  MATCH kp = (s)-[:RELATIVE_OF*0..2]-(r:Person)
  WHERE length(kp) <= $kin_hops
  MATCH (r)-[rt:HOLDS_POSITION|LEGAL_REP_OF|HOLDS_SHARES]->(c)
  RETURN coalesce(u.name, u.org_code) + '工作人员' + coalesce(s.name, s.person_id)
    + CASE WHEN length(kp) = 0 THEN '本人' ELSE '的亲属' + coalesce(r.name, r.person_id) END
    + CASE type(rt) WHEN 'HOLDS_POSITION' THEN '在' + coalesce(c.name, c.uscc) + '任' + coalesce(rt.role, '职')
        WHEN 'LEGAL_REP_OF' THEN '为' + coalesce(c.name, c.uscc) + '法定代表人'
        ELSE '持有' + coalesce(c.name, c.uscc) + ' ' + toString(rt.share_pct) + '% 股份' END AS tie,
    [s.person_id, r.person_id] AS people
}
WITH u, c, awards, collect(DISTINCT tie) AS ties, reduce(a = [], l IN collect(people) | a + l) AS people
WITH u, c, [x IN awards WHERE x.id IS NOT NULL] AS awards, ties, people,
  reduce(s = 0.0, x IN awards | s + coalesce(x.amount, 0.0)) AS total
ORDER BY u.org_code, c.uscc
RETURN
  ['Organization:' + u.org_code, 'Company:' + c.uscc] AS identity,
  0.5 + 0.05 * CASE WHEN size(awards) - $min_awards > 4 THEN 4 ELSE size(awards) - $min_awards END + 0.05 * size(ties) AS score,
  coalesce(u.name, u.org_code) + '反复向关联企业' + coalesce(c.name, c.uscc) + '授予合同（' + toString(size(awards)) + ' 次）' AS title,
  [{label: 'Organization', key: u.org_code, name: u.name}, {label: 'Company', key: c.uscc, name: c.name}]
    + [p IN people | {label: 'Person', key: p}]
    + [x IN awards | {label: CASE x.kind WHEN '中标项目' THEN 'Tender' ELSE 'Contract' END, key: x.id, name: x.name}] AS subjects,
  [tie IN ties | {kind: 'related_party', text: tie, refs: [{label: 'Organization', key: u.org_code}, {label: 'Company', key: c.uscc}]}]
  + [{kind: 'repeated_awards',
      text: coalesce(u.name, u.org_code) + '向' + coalesce(c.name, c.uscc) + '授予 ' + toString(size(awards)) + ' 次，合计 '
        + toString(total) + '元',
      refs: [{label: 'Organization', key: u.org_code}, {label: 'Company', key: c.uscc}],
      data: {awards: size(awards), total: total}}]
  + [x IN awards |
    {kind: 'award',
     text: x.kind + ' ' + x.id + coalesce('「' + x.name + '」', '') + '（' + coalesce(toString(x.date), '日期未知') + '）'
       + coalesce('，金额 ' + toString(x.amount) + '元', ''),
     refs: [{label: CASE x.kind WHEN '中标项目' THEN 'Tender' ELSE 'Contract' END, key: x.id}]}] AS evidence
