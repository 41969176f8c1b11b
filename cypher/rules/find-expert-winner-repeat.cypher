// id: expert-winner-repeat
// title: 评标专家与同一中标人反复同现
// basis: 《中华人民共和国招标投标法实施条例》第四十六条（评标专家随机抽取）；《评标专家和评标专家库管理办法》
// severity: 二级
// params: min_tenders=3, min_share=0.5, min_win_rate=0.6
// method: 同一专家评审、同一企业中标的项目不少于 min_tenders 个，且占该企业全部中标项目的比例不低于 min_share、该企业在该专家评审的项目中的中标率不低于 min_win_rate（排除随机抽取下的偶然同现）。
MATCH (t:Tender)-[:EVALUATED_BY]->(x:Person)
MATCH (t)<-[:BID_FOR]-(b:Bid)-[:BID_BY]->(c:Company)
WHERE b.is_winner = true
WITH x, c, t
ORDER BY t.open_date, t.tender_id
WITH x, c, collect(DISTINCT t) AS ts
WHERE size(ts) >= $min_tenders
CALL (c) {
  MATCH (c)<-[:BID_BY]-(w:Bid)
  RETURN count(CASE WHEN w.is_winner = true THEN 1 END) AS wins
}
CALL (x, c) {
  MATCH (x)<-[:EVALUATED_BY]-(:Tender)<-[:BID_FOR]-(w:Bid)-[:BID_BY]->(c)
  RETURN count(w) AS bids_with
}
WITH x, c, ts, wins, bids_with, toFloat(size(ts)) / wins AS share, toFloat(size(ts)) / bids_with AS win_rate
WHERE share >= $min_share AND win_rate >= $min_win_rate
RETURN
  ['Person:' + x.person_id, 'Company:' + c.uscc] AS identity,
  0.4 + 0.1 * CASE WHEN size(ts) - $min_tenders > 3 THEN 3 ELSE size(ts) - $min_tenders END + 0.15 * share + 0.15 * win_rate AS score,
  '评标专家' + coalesce(x.name, x.person_id) + '与中标人' + coalesce(c.name, c.uscc) + '反复同现（' + toString(size(ts)) + ' 个项目）' AS title,
  [{label: 'Person', key: x.person_id, name: x.name}, {label: 'Company', key: c.uscc, name: c.name}]
    + [t IN ts | {label: 'Tender', key: t.tender_id, name: t.name}] AS subjects,
  [{kind: 'co_occurrence',
    text: '评标专家' + coalesce(x.name, x.person_id) + '评审的项目中有 ' + toString(size(ts)) + ' 个由' + coalesce(c.name, c.uscc)
      + '中标，占其全部 ' + toString(wins) + ' 次中标的 ' + toString(round(100 * share, 1)) + '%；该企业在此专家评审的 '
      + toString(bids_with) + ' 次投标中中标率 ' + toString(round(100 * win_rate, 1)) + '%',
    refs: [{label: 'Person', key: x.person_id}, {label: 'Company', key: c.uscc}],
    data: {tenders: size(ts), wins: wins, bids_with: bids_with, share: share, win_rate: win_rate}}]
  + [t IN ts |
    {kind: 'evaluated_winner',
     text: '项目「' + coalesce(t.name, t.tender_id) + '」（' + t.tender_id + '，开标日期 ' + coalesce(toString(t.open_date), '未知') + '）',
     refs: [{label: 'Tender', key: t.tender_id}]}] AS evidence
