import { runRules } from '../../../detect/rules/run';
import type { Alert } from '../../../detect/types';
import type { Neo4jGraph } from '../../../graph/port';
import { resetGraph, testGraph } from '../helpers';
import {
  CONTRACT_PAYMENTS,
  EXPERT_REPEAT,
  EXPERT_TIES,
  INTEREST_TRANSFER,
  MAJORITY_CHAIN,
  RELATED_PARTY,
  SPLIT_ACROSS_CONTRACTS,
  SPLIT_PAYMENTS,
  fixture,
} from './fixtures';

jest.setTimeout(120_000);

let g: Neo4jGraph;
beforeAll(async () => {
  g = testGraph();
  await resetGraph(g);
});
afterAll(async () => {
  await g.close();
});

async function run(rule: string, fx: string, params: Record<string, unknown> = {}): Promise<Alert[]> {
  await resetGraph(g);
  await fixture(g, fx);
  const [res] = await runRules(g, [rule], { byRule: { [rule]: params } });
  return res.alerts;
}

const keys = (a: Alert) => a.subjects.map((s) => s.key);
const texts = (a: Alert) => a.evidence.map((e) => e.text).join('\n');

describe('rule interest-transfer', () => {
  it('flags the official whose spouse controls the winner through a holding company, and nothing else', async () => {
    const alerts = await run('interest-transfer', INTEREST_TRANSFER);
    expect(alerts).toHaveLength(1);
    const [a] = alerts;
    expect(keys(a)).toEqual(expect.arrayContaining(['O1', 'C1', 'K1', 'T1']));
    expect(a.level).toBe('一级');
    expect(texts(a)).toContain('王处长 —配偶— 李配偶');
    expect(texts(a)).toContain('李配偶 —60%→ 甲控股 —90%→ 乙公司（累计 54%）');
    expect(texts(a)).toContain('中标价 980,000元；王处长本人为该项目评标专家');
  });

  it('stays silent at 40% control, for a company that never deals with the unit, and three hops away', async () => {
    const alerts = await run('interest-transfer', INTEREST_TRANSFER);
    const flagged = alerts.flatMap(keys);
    expect(flagged).not.toContain('C2');
    expect(flagged).not.toContain('C3');
    expect(flagged).not.toContain('C4');
  });

  it('flags the 40% company once the threshold is lowered to 40', async () => {
    const alerts = await run('interest-transfer', INTEREST_TRANSFER, { threshold: 40 });
    expect(alerts.flatMap(keys)).toContain('C2');
  });

  it('ignores tenders of subordinate units when include_subordinate is false', async () => {
    expect(await run('interest-transfer', INTEREST_TRANSFER, { subordinate_levels: 0 })).toHaveLength(0);
    expect(await run('interest-transfer', INTEREST_TRANSFER, { include_subordinate: false })).toHaveLength(0);
  });
});

describe('rule interest-transfer through a majority chain', () => {
  it('flags control through a majority-held holding company although the product is 31.62%', async () => {
    const alerts = await run('interest-transfer', MAJORITY_CHAIN);
    expect(alerts.map((a) => keys(a).slice(0, 2))).toEqual([['O9', 'C9']]);
    expect(texts(alerts[0])).toContain(
      '经逐层控股控制庚公司：陈子 —62%→ 己控股 —51%→ 庚公司（逐层控股，表决权 51%）',
    );
    expect(texts(alerts[0])).toContain('由陈局长本人审批');
  });
});

describe('rule split-payments', () => {
  it('flags three payments under the limit within 30 days summing above it', async () => {
    const alerts = await run('split-payments', SPLIT_PAYMENTS);
    expect(alerts).toHaveLength(1);
    expect(keys(alerts[0])).toEqual(expect.arrayContaining(['U1', 'S1', 'PA1', 'PA2', 'PA3']));
    expect(texts(alerts[0])).toContain('合计 950,000元');
  });

  it('stays silent when the third payment falls just outside the window or one payment is above the limit', async () => {
    const flagged = (await run('split-payments', SPLIT_PAYMENTS)).flatMap(keys);
    expect(flagged).not.toContain('S2');
    expect(flagged).not.toContain('S3');
  });
});

describe('rule split-payments across contracts', () => {
  it('does not pool payments of different contracts unless per_contract is false', async () => {
    expect(await run('split-payments', SPLIT_ACROSS_CONTRACTS)).toHaveLength(0);
    const pooled = await run('split-payments', SPLIT_ACROSS_CONTRACTS, { per_contract: false });
    expect(pooled.flatMap(keys)).toEqual(expect.arrayContaining(['S4', 'KD1', 'KD2', 'KD3']));
  });
});

describe('rules on contract payments', () => {
  it('flags a payment made before the contract was signed but not one on the signing day', async () => {
    const alerts = await run('payment-before-contract', CONTRACT_PAYMENTS);
    expect(alerts.map((a) => a.subjects[0].key)).toEqual(['K1']);
    expect(texts(alerts[0])).toContain('早于合同签订 9 天');
  });

  it('flags payments above the contract amount plus the tolerance but not exactly at it', async () => {
    const alerts = await run('overpayment', CONTRACT_PAYMENTS, { tolerance: 0.1 });
    expect(alerts.map((a) => a.subjects[0].key)).toEqual(['K3']);
    expect(texts(alerts[0])).toContain('合计 1,150,000元');
  });
});

describe('rule expert-bidder-tie', () => {
  it('flags the expert whose spouse is an officer of the winner, not ties to losers or two hops away', async () => {
    const alerts = await run('expert-bidder-tie', EXPERT_TIES);
    expect(alerts.map((a) => a.subjects[0].key)).toEqual(['X1']);
    expect(texts(alerts[0])).toContain('赵专家 —配偶— 赵配偶 在甲教育科技任监事');
  });

  it('reaches the two-hop relative when kin_hops is 2', async () => {
    const alerts = await run('expert-bidder-tie', EXPERT_TIES, { kin_hops: 2 });
    expect(alerts.map((a) => a.subjects[0].key).sort()).toEqual(['X1', 'X3']);
  });
});

describe('rule expert-winner-repeat', () => {
  it('flags an expert on every tender one firm won, not two tenders or what chance gives a frequent winner', async () => {
    const alerts = await run('expert-winner-repeat', EXPERT_REPEAT);
    expect(alerts.map((a) => [a.subjects[0].key, a.subjects[1].key])).toEqual([['E1', 'A1']]);
  });
});

describe('rule related-party-awards', () => {
  it('flags repeated awards to the firm whose legal rep is a staffer’s spouse, not untied or twice-awarded firms', async () => {
    const alerts = await run('related-party-awards', RELATED_PARTY);
    expect(alerts.map((a) => a.subjects[1].key)).toEqual(['A1']);
    expect(texts(alerts[0])).toContain('市城管局工作人员冯科员的亲属冯配偶为甲环卫法定代表人');
  });
});
