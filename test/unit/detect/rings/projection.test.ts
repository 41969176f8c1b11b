// The co-bid projection's weights and Louvain's reported modularity against an independent formula.
import { buildCoBidGraph, findCommunities, modularity, pairJaccard } from '../../../../detect/rings';
import type { TenderRow } from '../../../../detect/rings';
import { buildWorld } from './world';

const tender = (id: string, who: string[]): TenderRow => ({
  tender_id: id,
  bids: who.map((uscc) => ({ uscc })),
});

describe('buildCoBidGraph', () => {
  it('weights a pair by 1/(n − 1) summed over the tenders both bid on', () => {
    const { graph } = buildCoBidGraph([tender('T1', ['A', 'B']), tender('T2', ['A', 'B', 'C', 'D', 'E'])]);
    const ab = graph.edge('A', 'B') as string;
    expect(graph.getEdgeAttribute(ab, 'weight')).toBeCloseTo(1 + 1 / 4, 12);
    expect(graph.getEdgeAttribute(ab, 'count')).toBe(2);
    expect(graph.getEdgeAttribute(graph.edge('C', 'D') as string, 'weight')).toBeCloseTo(0.25, 12);
    expect(graph.getNodeAttribute('A', 'bids')).toBe(2);
    expect(pairJaccard(graph, graph.edge('A', 'C') as string)).toBeCloseTo(1 / 2, 12);
  });

  it('adds no pairs for a tender with more bidders than maxBiddersPerTender', () => {
    const crowd = Array.from({ length: 6 }, (_, i) => `F${i}`);
    const { graph } = buildCoBidGraph([tender('T1', crowd)], { maxBiddersPerTender: 5 });
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(0);
  });

  it('counts a company that bid twice on one tender once', () => {
    const { graph, index } = buildCoBidGraph([tender('T1', ['A', 'A', 'B'])]);
    expect(graph.getEdgeAttribute(graph.edge('A', 'B') as string, 'weight')).toBe(1);
    expect(index.byCompany.get('A')).toEqual([0]);
  });
});

describe('findCommunities', () => {
  it('reports a modularity equal to an independent computation on the weighted graph', () => {
    const { graph } = buildCoBidGraph(buildWorld({ big: true }).rows);
    for (const resolution of [1, 1.5]) {
      const found = findCommunities(graph, { seed: 5, resolution });
      const edges = graph.mapEdges((_e, a, source, target) => ({ source, target, weight: a.weight }));
      expect(found.modularity).toBeCloseTo(
        modularity(edges, (u) => found.communities[u], resolution),
        10,
      );
    }
  });

  it('puts the members of a planted clique in one group', () => {
    const rows = [
      ...Array.from({ length: 6 }, (_, i) => tender(`C${i}`, ['A', 'B', 'C', 'D'])),
      ...Array.from({ length: 30 }, (_, i) =>
        tender(`N${i}`, [`X${i % 10}`, `X${(i * 3 + 1) % 10}`, `X${(i * 7 + 2) % 10}`]),
      ),
    ];
    const { groups } = findCommunities(buildCoBidGraph(rows).graph, { seed: 1 });
    expect(groups).toContainEqual(['A', 'B', 'C', 'D']);
  });

  it('splits a large tightly knit block into groups of at most maxGroupSize', () => {
    const firms = Array.from({ length: 20 }, (_, i) => `F${String(i).padStart(2, '0')}`);
    const rows = Array.from({ length: 40 }, (_, i) =>
      tender(
        `T${i}`,
        firms.filter((_f, k) => (k + i) % 3 !== 0),
      ),
    );
    const { groups } = findCommunities(buildCoBidGraph(rows).graph, {
      seed: 1,
      maxGroupSize: 8,
      minPairJaccard: 0,
    });
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(g.length).toBeLessThanOrEqual(8);
  });
});

describe('modularity', () => {
  it('is 1/2 − 0 for two disconnected equal cliques split correctly, and 0 for one community', () => {
    const edges = [
      { source: 'a', target: 'b', weight: 1 },
      { source: 'c', target: 'd', weight: 1 },
    ];
    expect(modularity(edges, (u) => (u < 'c' ? 0 : 1))).toBeCloseTo(0.5, 12);
    expect(modularity(edges, () => 0)).toBeCloseTo(0, 12);
  });
});
