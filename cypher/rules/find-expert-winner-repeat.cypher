// id: expert-winner-repeat
// title: 评标专家与同一中标人反复同现
// basis: 《中华人民共和国招标投标法实施条例》第四十六条（评标专家随机抽取）；《评标专家和评标专家库管理办法》
// severity: 二级
// params: min_tenders=3, max_p=0.001
// method: 同一专家评审、同一企业中标的项目不少于 min_tenders 个，且按随机抽取不太可能：专家进入该类别项目评标委员会的比例为 q，企业在该类别中标 n 次，至少同现 k 次的二项分布概率 ≤ max_p。
CALL () {
  MATCH (t:Tender)
  WHERE EXISTS { (t)-[:EVALUATED_BY]->() }
  WITH coalesce(t.category, '') AS cat, count(*) AS n
  RETURN collect([cat, n]) AS panels
}
MATCH (t:Tender)<-[:BID_FOR]-(b:Bid)-[:BID_BY]->(c:Company)
WHERE b.is_winner = true AND EXISTS { (t)-[:EVALUATED_BY]->() }
WITH panels, c, coalesce(t.category, '') AS cat, collect(DISTINCT t) AS won
UNWIND won AS t
MATCH (t)-[:EVALUATED_BY]->(x:Person)
WITH panels, c, cat, size(won) AS wins, x, t
ORDER BY t.open_date, t.tender_id
WITH panels, c, cat, wins, x, collect(t) AS ts
WHERE size(ts) >= $min_tenders
CALL (x, cat) {
  MATCH (x)<-[:EVALUATED_BY]-(te:Tender)
  WHERE coalesce(te.category, '') = cat
  RETURN count(DISTINCT te) AS evals
}
WITH x, c, ts, cat, wins, evals, size(ts) AS k,
  toFloat(evals) / [pc IN panels WHERE pc[0] = cat][0][1] AS q
WITH x, c, ts, cat, wins, evals, k, q,
  CASE WHEN q >= 1.0 THEN 1.0 ELSE 1.0 - reduce(a = {pmf: (1.0 - q) ^ wins, cdf: 0.0}, j IN range(0, k - 1) |
    {pmf: a.pmf * (wins - j) / (j + 1) * q / (1.0 - q), cdf: a.cdf + a.pmf}).cdf END AS p
WHERE p <= $max_p
RETURN
  ['Person:' + x.person_id, 'Company:' + c.uscc] AS identity,
  0.5 + 0.1 * CASE WHEN p <= 0.0 OR -log10(p) - 3 > 4 THEN 4 WHEN -log10(p) < 3 THEN 0 ELSE -log10(p) - 3 END AS score,
  '评标专家' + coalesce(x.name, x.person_id) + '与中标人' + coalesce(c.name, c.uscc) + '反复同现（' + toString(k) + ' 个项目）' AS title,
  [{label: 'Person', key: x.person_id, name: x.name}, {label: 'Company', key: c.uscc, name: c.name}]
    + [t IN ts | {label: 'Tender', key: t.tender_id, name: t.name}] AS subjects,
  [{kind: 'co_occurrence',
    text: '评标专家' + coalesce(x.name, x.person_id) + '参加了' + CASE cat WHEN '' THEN '' ELSE '「' + cat + '」类' END + ' '
      + toString(evals) + ' 个项目的评标（占 ' + toString(round(100 * q, 1)) + '%），' + coalesce(c.name, c.uscc) + '在该类中标 '
      + toString(wins) + ' 次，其中 ' + toString(k) + ' 次该专家在评标委员会；随机抽取下至少同现 ' + toString(k)
      + ' 次的概率约为 ' + CASE WHEN p < 0.000001 THEN '百万分之一以下' ELSE '百万分之' + toString(round(p * 1000000, 1)) END,
    refs: [{label: 'Person', key: x.person_id}, {label: 'Company', key: c.uscc}],
    data: {tenders: k, wins: wins, evals: evals, panel_share: q, p_value: p}}]
  + [t IN ts |
    {kind: 'evaluated_winner',
     text: '项目「' + coalesce(t.name, t.tender_id) + '」（' + t.tender_id + '，开标日期 ' + coalesce(toString(t.open_date), '未知') + '）',
     refs: [{label: 'Tender', key: t.tender_id}]}] AS evidence
