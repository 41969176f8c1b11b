// id: interest-transfer
// title: 公职人员亲属控制的企业承接其本单位业务（利益输送）
// basis: 《中华人民共和国监察法》第十一条（利益输送）；《关于领导干部配偶、子女及其配偶经商办企业管理规定》；《中华人民共和国公职人员政务处分法》
// severity: 一级
// params: threshold=50, include_subordinate=true, subordinate_levels=1
// needs: control
// method: 公职人员 → 二度以内亲属 → 亲属穿透持股（各链持股比例相乘、多链相加）或经逐层控股的表决权 ≥ threshold% 的企业 → 该企业在公职人员任职单位（include_subordinate 时含 subordinate_levels 级以内下属单位，最多 3 级）中标、直接签约或收款；公职人员本人评标或审批付款时加重。
UNWIND $control AS ctl
WITH ctl
WHERE ctl.pct >= $threshold OR ctl.control >= $threshold
MATCH kp = (kin:Person {person_id: ctl.holder})-[:RELATIVE_OF*1..2]-(off:Person)
WHERE (off.is_official = true OR off.category = 'official') AND off <> kin
MATCH (off)-[:WORKS_AT|HOLDS_POSITION]->(unit:Organization)
MATCH (c:Company {uscc: ctl.company})
WITH off, c, collect(DISTINCT unit) AS units, collect(DISTINCT {kin: kin, path: kp, ctl: ctl}) AS links
CALL (off, c, units) {
  OPTIONAL MATCH (c)<-[:BID_BY]-(b:Bid)-[:BID_FOR]->(t:Tender)-[:ISSUED_BY]->(u:Organization)
  WHERE b.is_winner = true
    AND (u IN units OR ($include_subordinate AND EXISTS {
      MATCH sp = (u)-[:SUBORDINATE_TO*1..3]->(top) WHERE top IN units AND length(sp) <= $subordinate_levels }))
  WITH t, b, u, EXISTS { (t)-[:EVALUATED_BY]->(off) } AS evaluated
  ORDER BY t.open_date, t.tender_id
  RETURN [x IN collect({t: t, u: u, price: b.price, evaluated: evaluated}) WHERE x.t IS NOT NULL] AS tenders
}
CALL (off, c, units) {
  OPTIONAL MATCH (c)<-[:PAID_TO]-(p:Payment)-[:PAID_BY]->(u:Organization)
  WHERE u IN units OR ($include_subordinate AND EXISTS {
    MATCH sp = (u)-[:SUBORDINATE_TO*1..3]->(top) WHERE top IN units AND length(sp) <= $subordinate_levels })
  WITH p, u, EXISTS { (p)-[:APPROVED_BY]->(off) } AS approved
  ORDER BY p.paid_at, p.payment_id
  RETURN [x IN collect({p: p, u: u, approved: approved}) WHERE x.p IS NOT NULL] AS payments
}
CALL (c, units) {
  OPTIONAL MATCH (c)<-[:SUPPLIER]-(k:Contract)-[:BUYER]->(u:Organization)
  WHERE (u IN units OR ($include_subordinate AND EXISTS {
      MATCH sp = (u)-[:SUBORDINATE_TO*1..3]->(top) WHERE top IN units AND length(sp) <= $subordinate_levels }))
    AND NOT EXISTS { (k)-[:AWARDED_UNDER]->(:Tender)<-[:BID_FOR]-(:Bid {is_winner: true})-[:BID_BY]->(c) }
  WITH k, u
  ORDER BY k.signed, k.contract_id
  RETURN [x IN collect({k: k, u: u}) WHERE x.k IS NOT NULL] AS contracts
}
WITH off, c, units, links, tenders, payments, contracts,
  {spouse: '配偶', parent: '父母', child: '子女', sibling: '兄弟姐妹', grand: '祖孙', in_law: '姻亲', other: '其他'} AS rel,
  reduce(s = '', u IN units | s + CASE WHEN s = '' THEN '' ELSE '、' END + coalesce(u.name, u.org_code)) AS unitNames
WHERE size(tenders) + size(payments) + size(contracts) > 0
WITH off, c, units, links, tenders, payments, contracts, rel, unitNames,
  size([x IN tenders WHERE x.evaluated]) AS nEval, size([x IN payments WHERE x.approved]) AS nAppr
RETURN
  ['Person:' + off.person_id, 'Company:' + c.uscc] AS identity,
  0.6 + CASE WHEN nEval > 0 THEN 0.2 ELSE 0.0 END + CASE WHEN nAppr > 0 THEN 0.2 ELSE 0.0 END
    + 0.02 * (size(tenders) + size(payments) + size(contracts)) AS score,
  '公职人员' + coalesce(off.name, off.person_id) + '的亲属控制的' + coalesce(c.name, c.uscc) + '承接其本单位业务' AS title,
  [{label: 'Person', key: off.person_id, name: off.name}, {label: 'Company', key: c.uscc, name: c.name}]
    + [l IN links | {label: 'Person', key: l.kin.person_id, name: l.kin.name}]
    + [u IN units | {label: 'Organization', key: u.org_code, name: u.name}]
    + [x IN tenders | {label: 'Organization', key: x.u.org_code, name: x.u.name}]
    + [x IN payments | {label: 'Organization', key: x.u.org_code, name: x.u.name}]
    + [x IN tenders | {label: 'Tender', key: x.t.tender_id, name: x.t.name}]
    + [x IN payments | {label: 'Payment', key: x.p.payment_id}]
    + [x IN contracts | {label: 'Contract', key: x.k.contract_id}] AS subjects,
  [l IN links |
    {kind: 'kinship_path',
     text: '公职人员' + coalesce(off.name, off.person_id) + '（任职于' + unitNames + '）与' + coalesce(l.kin.name, l.kin.person_id)
       + CASE length(l.path) WHEN 1 THEN '为直接亲属：' ELSE '为二度亲属：' END
       + reduce(s = coalesce(last(nodes(l.path)).name, last(nodes(l.path)).person_id),
           i IN range(size(nodes(l.path)) - 2, 0, -1) |
           s + ' —' + coalesce(rel[relationships(l.path)[i].relation], relationships(l.path)[i].relation, '亲属') + '— '
             + coalesce(nodes(l.path)[i].name, nodes(l.path)[i].person_id)),
     refs: [n IN reverse(nodes(l.path)) | {label: 'Person', key: n.person_id}],
     data: {hops: length(l.path)}}]
  + [l IN links |
    {kind: 'control_chain',
     text: coalesce(l.kin.name, l.kin.person_id)
       + CASE WHEN l.ctl.pct >= $threshold
         THEN '累计控制' + coalesce(c.name, c.uscc) + ' ' + toString(round(l.ctl.pct, 2)) + '%（阈值 ' + toString($threshold) + '%）：'
         ELSE '经逐层控股控制' + coalesce(c.name, c.uscc) + '：' + coalesce(l.ctl.controlPath, '') + '；穿透持股 '
           + toString(round(l.ctl.pct, 2)) + '%：' END
       + reduce(s = '', x IN l.ctl.paths | s + CASE WHEN s = '' THEN '' ELSE '；' END + x),
     refs: [k IN l.ctl.chain | {label: CASE WHEN k = l.ctl.holder THEN 'Person' ELSE 'Company' END, key: k}],
     data: {pct: l.ctl.pct, control: l.ctl.control, depth: l.ctl.depth}}]
  + [x IN tenders |
    {kind: 'tender_won',
     text: coalesce(c.name, c.uscc) + '中标' + coalesce(x.u.name, x.u.org_code) + '的项目「' + coalesce(x.t.name, x.t.tender_id) + '」（'
       + x.t.tender_id + '，开标日期 ' + coalesce(toString(x.t.open_date), '未知') + '），中标价 '
       + coalesce(toString(x.price) + '元', '未知')
       + CASE WHEN x.evaluated THEN '；' + coalesce(off.name, off.person_id) + '本人为该项目评标专家' ELSE '' END,
     weight: CASE WHEN x.evaluated THEN 0.2 ELSE 0.0 END,
     refs: [{label: 'Tender', key: x.t.tender_id}, {label: 'Organization', key: x.u.org_code}],
     data: {price: x.price, evaluated: x.evaluated}}]
  + [x IN payments |
    {kind: 'payment_received',
     text: coalesce(x.u.name, x.u.org_code) + '向' + coalesce(c.name, c.uscc) + '支付 ' + coalesce(toString(x.p.amount) + '元', '金额未知')
       + '（流水号 ' + x.p.payment_id + '，' + coalesce(toString(x.p.paid_at), '日期未知') + '）'
       + CASE WHEN x.approved THEN '，由' + coalesce(off.name, off.person_id) + '本人审批' ELSE '' END,
     weight: CASE WHEN x.approved THEN 0.2 ELSE 0.0 END,
     refs: [{label: 'Payment', key: x.p.payment_id}, {label: 'Organization', key: x.u.org_code}],
     data: {amount: x.p.amount, approved: x.approved}}]
  + [x IN contracts |
    {kind: 'contract_awarded',
     text: coalesce(x.u.name, x.u.org_code) + '与' + coalesce(c.name, c.uscc) + '签订合同 ' + x.k.contract_id + '（'
       + coalesce(toString(x.k.signed), '日期未知') + '），金额 ' + coalesce(toString(x.k.amount) + '元', '未知'),
     refs: [{label: 'Contract', key: x.k.contract_id}, {label: 'Organization', key: x.u.org_code}],
     data: {amount: x.k.amount}}] AS evidence
