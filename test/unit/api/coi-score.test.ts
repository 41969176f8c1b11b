// Conflict-of-interest path scoring.
import type { PlainNode, PlainRel } from '../../../graph/plain';
import { chainPct, pathScore, scoreHops } from '../../../api/services/coi-score';

const node = (id: string, label: string, props: Record<string, unknown> = {}): PlainNode => ({
  id,
  labels: [label],
  properties: props,
});
const rel = (type: string, start: string, end: string, props: Record<string, unknown> = {}): PlainRel => ({
  id: `${start}-${end}`,
  type,
  start,
  end,
  properties: props,
});

describe('conflict-of-interest scoring', () => {
  it('scores a spouse who holds 60% higher than a sibling who holds 10%', () => {
    const nodes = [node('o', 'Person'), node('s', 'Person'), node('c', 'Company')];
    const strong = scoreHops(
      nodes,
      [
        rel('RELATIVE_OF', 'o', 's', { relation: 'spouse' }),
        rel('HOLDS_SHARES', 's', 'c', { share_pct: 60 }),
      ],
      [null, null, null],
    );
    const weak = scoreHops(
      nodes,
      [
        rel('RELATIVE_OF', 'o', 's', { relation: 'sibling' }),
        rel('HOLDS_SHARES', 's', 'c', { share_pct: 10 }),
      ],
      [null, null, null],
    );
    expect(pathScore(strong)).toBeGreaterThan(pathScore(weak));
    expect(strong.map((h) => h.kind)).toEqual(['kinship', 'shareholding']);
  });

  it('weakens a shared identifier as more parties share it', () => {
    const nodes = () => [
      node('a', 'Company'),
      node('p', 'Phone', { value: '13800000000' }),
      node('b', 'Company'),
    ];
    const rels = [rel('HAS_PHONE', 'a', 'p'), rel('HAS_PHONE', 'b', 'p')];
    const two = pathScore(scoreHops(nodes(), rels, [null, 2, null]));
    const fifteen = pathScore(scoreHops(nodes(), rels, [null, 15, null]));
    expect(two).toBeGreaterThan(fifteen);
    expect(scoreHops(nodes(), rels, [null, 2, null])[0].identifier).toMatchObject({
      label: 'Phone',
      degree: 2,
    });
  });

  it('scores an ended position lower than a current one', () => {
    const nodes = [node('p', 'Person'), node('c', 'Company')];
    const current = pathScore(
      scoreHops(
        nodes,
        [rel('HOLDS_POSITION', 'p', 'c', { role: '董事' })],
        [null, null],
        undefined,
        '2024-01-01',
      ),
    );
    const ended = pathScore(
      scoreHops(
        nodes,
        [rel('HOLDS_POSITION', 'p', 'c', { role: '董事', end: '2020-01-01' })],
        [null, null],
        undefined,
        '2024-01-01',
      ),
    );
    expect(current).toBeGreaterThan(ended);
  });

  it('multiplies shares along a chain of holdings', () => {
    const nodes = [node('p', 'Person'), node('a', 'Company'), node('b', 'Company')];
    const hops = scoreHops(
      nodes,
      [rel('HOLDS_SHARES', 'p', 'a', { share_pct: 80 }), rel('HOLDS_SHARES', 'a', 'b', { share_pct: 50 })],
      [null, null, null],
    );
    expect(chainPct(hops)).toBe(40);
    expect(chainPct(hops.slice(0, 1))).toBe(80);
  });

  it('does not chain two holders of the same company', () => {
    const nodes = [node('p', 'Person'), node('a', 'Company'), node('q', 'Person')];
    const hops = scoreHops(
      nodes,
      [rel('HOLDS_SHARES', 'p', 'a', { share_pct: 50 }), rel('HOLDS_SHARES', 'q', 'a', { share_pct: 30 })],
      [null, null, null],
    );
    expect(chainPct(hops)).toBe(50);
  });

  it('gives every path a score in (0, 1]', () => {
    const nodes = [node('a', 'Person'), node('b', 'Person')];
    for (const relation of ['spouse', 'parent', 'other', 'unknown']) {
      const s = pathScore(scoreHops(nodes, [rel('RELATIVE_OF', 'a', 'b', { relation })], [null, null]));
      expect(s).toBeGreaterThan(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });
});
