// Minimal graphs for the detection tests, written as Cypher so each test reads what it sets up.
import { inline } from '../../../graph/cypher';
import type { GraphPort } from '../../../graph/port';

export async function fixture(
  g: GraphPort,
  text: string,
  params: Record<string, unknown> = {},
): Promise<void> {
  for (const stmt of text.split(/;\s*\n/).filter((s) => s.trim() !== '')) {
    await g.write(inline('fixture', stmt), params);
  }
}

/** An official at 市卫健委 whose spouse controls 乙公司 through 甲控股 (60% × 90% = 54%). */
export const INTEREST_TRANSFER = `
CREATE (u1:Organization {org_code: 'U1', name: '市卫健委'})
CREATE (u2:Organization {org_code: 'U2', name: '市人民医院'})-[:SUBORDINATE_TO]->(u1)
CREATE (u3:Organization {org_code: 'U3', name: '市交通局'})
CREATE (o:Person {person_id: 'O1', name: '王处长', is_official: true, category: 'official'})-[:WORKS_AT]->(u1)
CREATE (k:Person {person_id: 'K1', name: '李配偶'})
CREATE (o)-[:RELATIVE_OF {relation: 'spouse'}]->(k)
CREATE (h:Company {uscc: 'H1', name: '甲控股'})
CREATE (c:Company {uscc: 'C1', name: '乙公司'})
CREATE (k)-[:HOLDS_SHARES {share_pct: 60.0}]->(h)-[:HOLDS_SHARES {share_pct: 90.0}]->(c)
CREATE (t:Tender {tender_id: 'T1', name: '医疗设备采购', open_date: '2024-03-05'})-[:ISSUED_BY]->(u2)
CREATE (b:Bid {bid_id: 'T1|C1', price: 980000.0, is_winner: true})-[:BID_FOR]->(t)
CREATE (b)-[:BID_BY]->(c)
CREATE (t)-[:EVALUATED_BY {role: '成员'}]->(o)
CREATE (k2:Person {person_id: 'K2', name: '王兄弟'})-[:RELATIVE_OF {relation: 'sibling'}]->(o)
CREATE (c2:Company {uscc: 'C2', name: '丙公司'})
CREATE (k2)-[:HOLDS_SHARES {share_pct: 40.0}]->(c2)
CREATE (t2:Tender {tender_id: 'T2', name: '办公家具', open_date: '2024-04-01'})-[:ISSUED_BY]->(u1)
CREATE (b2:Bid {bid_id: 'T2|C2', price: 300000.0, is_winner: true})-[:BID_FOR]->(t2)
CREATE (b2)-[:BID_BY]->(c2)
CREATE (c3:Company {uscc: 'C3', name: '丁公司'})
CREATE (k)-[:HOLDS_SHARES {share_pct: 80.0}]->(c3)
CREATE (t3:Tender {tender_id: 'T3', name: '道路养护', open_date: '2024-05-01'})-[:ISSUED_BY]->(u3)
CREATE (b3:Bid {bid_id: 'T3|C3', price: 500000.0, is_winner: true})-[:BID_FOR]->(t3)
CREATE (b3)-[:BID_BY]->(c3)
CREATE (p3a:Person {person_id: 'R3A', name: '远亲甲'})-[:RELATIVE_OF {relation: 'other'}]->(k2)
CREATE (p3b:Person {person_id: 'R3B', name: '远亲乙'})-[:RELATIVE_OF {relation: 'other'}]->(p3a)
CREATE (c4:Company {uscc: 'C4', name: '戊公司'})
CREATE (p3b)-[:HOLDS_SHARES {share_pct: 100.0}]->(c4)
CREATE (pay:Payment {payment_id: 'P4', amount: 200000.0, paid_at: '2024-06-01'})-[:PAID_BY]->(u1)
CREATE (pay)-[:PAID_TO]->(c4)
`;

/** 市财政局 pays 甲 three times in 29 days (fires) and 乙 three times over 31 days (near miss). */
export const SPLIT_PAYMENTS = `
CREATE (u:Organization {org_code: 'U1', name: '市财政局'})
CREATE (a:Company {uscc: 'S1', name: '甲工程公司'})
CREATE (b:Company {uscc: 'S2', name: '乙工程公司'})
CREATE (c:Company {uscc: 'S3', name: '丙工程公司'})
WITH u, a, b, c
UNWIND [
  {id: 'PA1', to: a, amount: 450000.0, d: '2024-01-01'}, {id: 'PA2', to: a, amount: 300000.0, d: '2024-01-15'},
  {id: 'PA3', to: a, amount: 200000.0, d: '2024-01-30'},
  {id: 'PB1', to: b, amount: 450000.0, d: '2024-01-01'}, {id: 'PB2', to: b, amount: 300000.0, d: '2024-01-16'},
  {id: 'PB3', to: b, amount: 200000.0, d: '2024-02-01'},
  {id: 'PC1', to: c, amount: 600000.0, d: '2024-01-01'}, {id: 'PC2', to: c, amount: 100000.0, d: '2024-01-05'},
  {id: 'PC3', to: c, amount: 100000.0, d: '2024-01-06'}
] AS p
CREATE (x:Payment {payment_id: p.id, amount: p.amount, paid_at: p.d})
CREATE (x)-[:PAID_BY]->(u)
WITH x, p.to AS payee
CREATE (x)-[:PAID_TO]->(payee)
`;

/** K1 paid nine days before signing (fires), K2 paid on the signing day (silent);
 *  K3 paid 115% of its amount (fires), K4 exactly 110% (silent). */
export const CONTRACT_PAYMENTS = `
CREATE (u:Organization {org_code: 'U1', name: '市水务局'})
CREATE (s:Company {uscc: 'S1', name: '甲供水设备公司'})
WITH u, s
UNWIND [
  {k: 'K1', signed: '2024-03-10', amount: 800000.0, pays: [{id: 'P1', d: '2024-03-01', a: 200000.0}]},
  {k: 'K2', signed: '2024-03-10', amount: 800000.0, pays: [{id: 'P2', d: '2024-03-10', a: 200000.0}]},
  {k: 'K3', signed: '2024-01-01', amount: 1000000.0,
   pays: [{id: 'P3', d: '2024-02-01', a: 600000.0}, {id: 'P4', d: '2024-03-01', a: 550000.0}]},
  {k: 'K4', signed: '2024-01-01', amount: 1000000.0,
   pays: [{id: 'P5', d: '2024-02-01', a: 600000.0}, {id: 'P6', d: '2024-03-01', a: 500000.0}]}
] AS c
CREATE (k:Contract {contract_id: c.k, signed: c.signed, amount: c.amount, subject: '供水设备'})
CREATE (k)-[:BUYER]->(u)
CREATE (k)-[:SUPPLIER]->(s)
WITH u, s, k, c
UNWIND c.pays AS p
CREATE (x:Payment {payment_id: p.id, amount: p.a, paid_at: p.d})
CREATE (x)-[:UNDER_CONTRACT]->(k)
CREATE (x)-[:PAID_BY]->(u)
CREATE (x)-[:PAID_TO]->(s)
`;

/** Expert X1's spouse is 监事 of the winner (fires); X2's spouse works at a loser (silent);
 *  X3's relative two hops away holds a position at the winner (silent at kin_hops=1). */
export const EXPERT_TIES = `
CREATE (u:Organization {org_code: 'U1', name: '市教育局'})
CREATE (w:Company {uscc: 'W1', name: '甲教育科技'})
CREATE (l:Company {uscc: 'L1', name: '乙教育科技'})
CREATE (t:Tender {tender_id: 'T1', name: '智慧教室', open_date: '2024-05-01'})-[:ISSUED_BY]->(u)
CREATE (bw:Bid {bid_id: 'T1|W1', price: 1200000.0, is_winner: true})-[:BID_FOR]->(t)
CREATE (bw)-[:BID_BY]->(w)
CREATE (bl:Bid {bid_id: 'T1|L1', price: 1300000.0, is_winner: false})-[:BID_FOR]->(t)
CREATE (bl)-[:BID_BY]->(l)
CREATE (x1:Person {person_id: 'X1', name: '赵专家', category: 'expert'})
CREATE (x2:Person {person_id: 'X2', name: '钱专家', category: 'expert'})
CREATE (x3:Person {person_id: 'X3', name: '孙专家', category: 'expert'})
CREATE (t)-[:EVALUATED_BY {role: '组长'}]->(x1)
CREATE (t)-[:EVALUATED_BY {role: '成员'}]->(x2)
CREATE (t)-[:EVALUATED_BY {role: '成员'}]->(x3)
CREATE (x1)-[:RELATIVE_OF {relation: 'spouse'}]->(:Person {person_id: 'Y1', name: '赵配偶'})-[:HOLDS_POSITION {role: '监事'}]->(w)
CREATE (x2)-[:RELATIVE_OF {relation: 'spouse'}]->(:Person {person_id: 'Y2', name: '钱配偶'})-[:WORKS_AT]->(l)
CREATE (x3)-[:RELATIVE_OF {relation: 'sibling'}]->(:Person {person_id: 'Y3', name: '孙兄'})
  -[:RELATIVE_OF {relation: 'spouse'}]->(:Person {person_id: 'Y4', name: '孙嫂'})-[:HOLDS_POSITION {role: '经理'}]->(w)
`;

/** Of 60 tenders, expert E1 sat on just the three 甲 won (fires: chance ≈ 1e-4); E2 on the two 乙 won
 *  (too few); E3 on three of 丙's 55 wins and E4 on most of them (both what chance gives). */
export const EXPERT_REPEAT = `
CREATE (u:Organization {org_code: 'U1', name: '市住建局'})
CREATE (a:Company {uscc: 'A1', name: '甲建设'})
CREATE (b:Company {uscc: 'B1', name: '乙建设'})
CREATE (c:Company {uscc: 'C1', name: '丙建设'})
CREATE (e1:Person {person_id: 'E1', name: '周专家', category: 'expert'})
CREATE (e2:Person {person_id: 'E2', name: '吴专家', category: 'expert'})
CREATE (e3:Person {person_id: 'E3', name: '郑专家', category: 'expert'})
CREATE (e4:Person {person_id: 'E4', name: '王专家', category: 'expert'})
WITH u, a, b, c, e1, e2, e3, e4
UNWIND range(1, 60) AS i
CREATE (t:Tender {tender_id: 'T' + toString(i), name: '工程' + toString(i), category: '工程',
  open_date: toString(date('2024-01-01') + duration({days: i}))})-[:ISSUED_BY]->(u)
WITH a, b, c, e1, e2, e3, e4, t, i,
  CASE WHEN i <= 3 THEN a WHEN i <= 5 THEN b ELSE c END AS winner,
  CASE WHEN i <= 3 THEN e1 WHEN i <= 5 THEN e2 WHEN i <= 8 THEN e3 ELSE e4 END AS expert
CREATE (bid:Bid {bid_id: t.tender_id + '|' + winner.uscc, price: 100000.0, is_winner: true})-[:BID_FOR]->(t)
CREATE (bid)-[:BID_BY]->(winner)
CREATE (t)-[:EVALUATED_BY {role: '成员'}]->(expert)
`;

/** 市城管局 awards 甲 three tenders and its staffer's spouse is 甲's legal rep (fires);
 *  乙 wins three without any tie (silent); 丙 is tied but wins only twice (silent). */
export const RELATED_PARTY = `
CREATE (u:Organization {org_code: 'U1', name: '市城管局'})
CREATE (a:Company {uscc: 'A1', name: '甲环卫'})
CREATE (b:Company {uscc: 'B1', name: '乙环卫'})
CREATE (c:Company {uscc: 'C1', name: '丙环卫'})
CREATE (s:Person {person_id: 'S1', name: '冯科员'})-[:WORKS_AT]->(u)
CREATE (s)-[:RELATIVE_OF {relation: 'spouse'}]->(:Person {person_id: 'S2', name: '冯配偶'})-[:LEGAL_REP_OF]->(a)
CREATE (s)-[:HOLDS_SHARES {share_pct: 10.0}]->(c)
WITH u, a, b, c
UNWIND range(1, 8) AS i
CREATE (t:Tender {tender_id: 'T' + toString(i), name: '环卫服务' + toString(i), open_date: '2024-02-0' + toString(i)})
  -[:ISSUED_BY]->(u)
WITH t, i, CASE WHEN i <= 3 THEN a WHEN i <= 6 THEN b ELSE c END AS winner
CREATE (bid:Bid {bid_id: t.tender_id + '|' + winner.uscc, price: 200000.0, is_winner: true})-[:BID_FOR]->(t)
CREATE (bid)-[:BID_BY]->(winner)
`;

/** Four firms (R1–R4) bid together on eight tenders of 市公路局 and take turns winning with
 *  cover bids 3–5% above the winner; each tender also draws two honest one-off bidders. */
export const RING = `
CREATE (u:Organization {org_code: 'RU', name: '市公路局'})
WITH u
UNWIND range(1, 4) AS i
CREATE (:Company {uscc: 'R' + toString(i), name: '围标' + toString(i) + '号公司'})
WITH DISTINCT u
UNWIND range(1, 8) AS t
CREATE (tender:Tender {tender_id: 'RT' + toString(t), name: '公路养护' + toString(t),
  open_date: '2024-' + right('0' + toString(t), 2) + '-10'})-[:ISSUED_BY]->(u)
WITH tender, t
UNWIND range(1, 6) AS j
WITH tender, t, j, CASE WHEN j <= 4 THEN 'R' + toString(j) ELSE 'H' + toString(t) + '-' + toString(j) END AS uscc
MERGE (c:Company {uscc: uscc})
ON CREATE SET c.name = '诚信' + uscc + '公司'
CREATE (b:Bid {bid_id: tender.tender_id + '|' + uscc, is_winner: j <= 4 AND j = ((t - 1) % 4) + 1,
  price: CASE WHEN j > 4 THEN 1000000.0 + 37000.0 * j + 11000.0 * t
    WHEN j = ((t - 1) % 4) + 1 THEN 1000000.0 ELSE 1000000.0 * (1.03 + 0.01 * ((j + t) % 3)) END})
CREATE (b)-[:BID_FOR]->(tender)
CREATE (b)-[:BID_BY]->(c)
`;

/** Three payments within a month to 丁, each under a different contract (silent per contract). */
export const SPLIT_ACROSS_CONTRACTS = `
CREATE (u:Organization {org_code: 'U1', name: '市财政局'})
CREATE (d:Company {uscc: 'S4', name: '丁工程公司'})
WITH u, d
UNWIND [['PD1', 'KD1', '2024-03-01'], ['PD2', 'KD2', '2024-03-08'], ['PD3', 'KD3', '2024-03-15']] AS r
CREATE (k:Contract {contract_id: r[1], amount: 400000.0, signed: '2024-02-01'})
CREATE (x:Payment {payment_id: r[0], amount: 400000.0, paid_at: r[2]})
CREATE (x)-[:UNDER_CONTRACT]->(k)
CREATE (x)-[:PAID_BY]->(u)
CREATE (x)-[:PAID_TO]->(d)
`;

/** The official's child holds 62% of 己控股, which holds 51% of 庚公司 (31.62% by product, but
 *  control through a majority chain); 庚公司 is paid by the official's unit. */
export const MAJORITY_CHAIN = `
CREATE (u:Organization {org_code: 'U9', name: '区水利局'})
CREATE (o:Person {person_id: 'O9', name: '陈局长', is_official: true})-[:HOLDS_POSITION {role: '局长'}]->(u)
CREATE (k:Person {person_id: 'K9', name: '陈子'})-[:RELATIVE_OF {relation: 'parent'}]->(o)
CREATE (k)-[:HOLDS_SHARES {share_pct: 62.0}]->(:Company {uscc: 'H9', name: '己控股'})
  -[:HOLDS_SHARES {share_pct: 51.0}]->(c:Company {uscc: 'C9', name: '庚公司'})
CREATE (p:Payment {payment_id: 'P9', amount: 300000.0, paid_at: '2024-02-02'})-[:PAID_BY]->(u)
CREATE (p)-[:PAID_TO]->(c)
CREATE (p)-[:APPROVED_BY]->(o)
`;
