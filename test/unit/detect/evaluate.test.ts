import { evaluate } from '../../../detect/evaluate';
import { firmAveragePrecision, jaccard, scorePattern } from '../../../detect/evaluate/score';
import { ringId } from '../../../detect/identity';
import type { Alert } from '../../../detect/types';
import type { Truth } from '../../../world/truth';

const alert = (rule: string, keys: string[], score = 0.7, id = `${rule}:${keys.join(',')}`): Alert => ({
  id,
  rule,
  level: '二级',
  score,
  title: '',
  subjects: keys.map((key) => ({ label: 'Company', key })),
  evidence: [],
});

describe('evaluation against truth', () => {
  it('counts an item found when one alert holds all its keys', () => {
    const s = scorePattern(
      'interestTransfer',
      'interest-transfer',
      [
        { id: 'it1', keys: ['O1', 'C1'] },
        { id: 'it2', keys: ['O2', 'C2'] },
      ],
      [
        alert('interest-transfer', ['O1', 'C1', 'K1']),
        alert('interest-transfer', ['O2', 'C9']),
        alert('other', ['O2', 'C2']),
      ],
    );
    expect(s).toMatchObject({
      planted: 2,
      found: 1,
      alerts: 2,
      truePositives: 1,
      precision: 0.5,
      recall: 0.5,
    });
    expect(s.missed).toEqual(['it2']);
  });

  it('computes Jaccard and firm-level average precision', () => {
    expect(jaccard(['a', 'b', 'c'], ['b', 'c', 'd'])).toBe(0.5);
    // ranked: a (0.9, relevant), x (0.85), b (0.8, relevant); c never ranked → (1/1 + 2/3) / 3 relevant
    const ap = firmAveragePrecision(
      [
        { members: ['a'], score: 0.9 },
        { members: ['x'], score: 0.85 },
        { members: ['b'], score: 0.8 },
      ],
      new Set(['a', 'b', 'c']),
    );
    expect(ap).toBeCloseTo((1 + 2 / 3) / 3);
  });

  it('matches a planted ring at Jaccard 0.5 and not below', () => {
    const truth = {
      seed: 1,
      scale: 'demo',
      rings: [{ id: 'ring1', members: ['a', 'b', 'c', 'd'] }],
      interestTransfer: [],
      splitPayments: [],
      paymentBeforeContract: [],
      paymentOverContract: [],
      expertTies: [],
      decoys: {
        agentAddresses: [],
        accountantPhones: [],
        sharedIps: [],
        bigBidders: [],
        nicheMarkets: [],
        officialRelativeCompanies: [],
        expertRelatives: [],
        regularInstallments: [],
      },
    } as unknown as Truth;
    const found = evaluate(truth, [alert('bid-rigging-ring', ['a', 'b', 'c'], 0.9, ringId(['a', 'b', 'c']))]);
    expect(found.rings).toMatchObject({ found: 1, precision: 1, recall: 1 });
    const weak = evaluate(truth, [alert('bid-rigging-ring', ['a', 'b', 'x', 'y'], 0.9)]);
    expect(weak.rings).toMatchObject({ found: 0, precision: 0, recall: 0 });
  });
});
