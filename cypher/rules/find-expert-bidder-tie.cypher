// id: expert-bidder-tie
// title: 评标专家与中标人存在利害关系
// basis: 《中华人民共和国招标投标法》第三十七条（与投标人有利害关系的人不得进入评标委员会）；《中华人民共和国招标投标法实施条例》第四十六条（应当主动回避）
// severity: 一级
// params: kin_hops=1
// method: 评标专家本人或其 kin_hops 度以内亲属在中标企业工作、任职、担任法定代表人或（直接或经不超过三层控股公司）持股。
MATCH (t:Tender)-[:EVALUATED_BY]->(x:Person)
MATCH (t)<-[:BID_FOR]-(b:Bid)-[:BID_BY]->(c:Company)
WHERE b.is_winner = true
MATCH kp = (x)-[:RELATIVE_OF*0..2]-(r:Person)
WHERE length(kp) <= $kin_hops
MATCH tp = (r)-[ties:WORKS_AT|HOLDS_POSITION|LEGAL_REP_OF|HOLDS_SHARES*1..3]->(c)
WHERE length(tp) = 1 OR all(z IN ties WHERE type(z) = 'HOLDS_SHARES')
WITH x, c, t, b, kp, tp,
  {spouse: '配偶', parent: '父母', child: '子女', sibling: '兄弟姐妹', grand: '祖孙', in_law: '姻亲', other: '其他'} AS rel
WITH x, c, t, b, kp, tp,
  CASE WHEN length(kp) = 0 THEN '评标专家' + coalesce(x.name, x.person_id) + '本人'
    ELSE '评标专家' + reduce(s = coalesce(x.name, x.person_id), i IN range(0, length(kp) - 1) |
      s + ' —' + coalesce(rel[relationships(kp)[i].relation], relationships(kp)[i].relation, '亲属') + '— '
        + coalesce(nodes(kp)[i + 1].name, nodes(kp)[i + 1].person_id)) END
  + CASE type(relationships(tp)[0])
      WHEN 'WORKS_AT' THEN ' 在' + coalesce(c.name, c.uscc) + '工作'
      WHEN 'HOLDS_POSITION' THEN ' 在' + coalesce(c.name, c.uscc) + '任' + coalesce(relationships(tp)[0].role, '职')
      WHEN 'LEGAL_REP_OF' THEN ' 为' + coalesce(c.name, c.uscc) + '法定代表人'
      ELSE ' 持有' + coalesce(c.name, c.uscc) + '股份：' + reduce(s = coalesce(nodes(tp)[0].name, ''), i IN range(0, length(tp) - 1) |
        s + ' —' + toString(relationships(tp)[i].share_pct) + '%→ ' + coalesce(nodes(tp)[i + 1].name, nodes(tp)[i + 1].uscc)) END AS tie
ORDER BY t.open_date, t.tender_id, tie
WITH x, c, collect(DISTINCT tie) AS ties, collect(DISTINCT {t: t, price: b.price}) AS tenders,
  collect(DISTINCT [n IN nodes(kp) | n.person_id]) AS kin, min(length(kp)) AS hops
RETURN
  ['Person:' + x.person_id, 'Company:' + c.uscc] AS identity,
  0.7 + CASE WHEN hops = 0 THEN 0.1 ELSE 0.0 END + 0.1 * (size(tenders) - 1) AS score,
  '评标专家' + coalesce(x.name, x.person_id) + '与中标人' + coalesce(c.name, c.uscc) + '存在利害关系' AS title,
  [{label: 'Person', key: x.person_id, name: x.name}, {label: 'Company', key: c.uscc, name: c.name}]
    + [k IN reduce(a = [], l IN kin | a + l) WHERE k <> x.person_id | {label: 'Person', key: k}]
    + [e IN tenders | {label: 'Tender', key: e.t.tender_id, name: e.t.name}] AS subjects,
  [tie IN ties | {kind: 'expert_tie', text: tie, refs: [{label: 'Person', key: x.person_id}, {label: 'Company', key: c.uscc}],
    data: {hops: hops}}]
  + [e IN tenders |
    {kind: 'evaluated_winner',
     text: coalesce(x.name, x.person_id) + '参与评审项目「' + coalesce(e.t.name, e.t.tender_id) + '」（' + e.t.tender_id + '，开标日期 '
       + coalesce(toString(e.t.open_date), '未知') + '），' + coalesce(c.name, c.uscc) + '中标' + coalesce('，中标价 ' + toString(e.price) + '元', ''),
     refs: [{label: 'Tender', key: e.t.tender_id}],
     data: {price: e.price}}] AS evidence
