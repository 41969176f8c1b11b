// 股权穿透: layered positions of an ownership tree and each party's cumulative share in the root.
// Cumulative share of holder H in company C = Σ over ownership paths H→…→C of Π(share_pct/100).

export interface Holding {
  holder: string;
  company: string;
  pct: number;
}

export const OWNERSHIP_DEFAULTS = { maxDepth: 8 };

function index(holdings: Holding[]) {
  const up = new Map<string, Holding[]>();
  const down = new Map<string, Holding[]>();
  for (const h of holdings) {
    up.set(h.company, [...(up.get(h.company) ?? []), h]);
    down.set(h.holder, [...(down.get(h.holder) ?? []), h]);
  }
  return { up, down };
}

/**
 * Cumulative % relative to `root`: for holders above it, their indirect share in the root; for companies
 * below it, the root's indirect share in them. Cycles are cut at `maxDepth`.
 */
export function cumulativeShares(
  holdings: Holding[],
  root: string,
  options: Partial<typeof OWNERSHIP_DEFAULTS> = {},
) {
  const { maxDepth } = { ...OWNERSHIP_DEFAULTS, ...options };
  const { up, down } = index(holdings);
  const out = new Map<string, number>();
  const spread = (node: string, frac: number, depth: number, dir: 'up' | 'down'): void => {
    if (depth >= maxDepth) return;
    for (const h of (dir === 'up' ? up : down).get(node) ?? []) {
      const next = dir === 'up' ? h.holder : h.company;
      if (next === root) continue;
      const f = (frac * h.pct) / 100;
      out.set(next, (out.get(next) ?? 0) + f * 100);
      spread(next, f, depth + 1, dir);
    }
  };
  spread(root, 1, 0, 'up');
  spread(root, 1, 0, 'down');
  return out;
}

/** Layer of each node: holders above the root are negative, subsidiaries below are positive. */
export function ownershipLayers(holdings: Holding[], root: string): Map<string, number> {
  const { up, down } = index(holdings);
  const layer = new Map<string, number>([[root, 0]]);
  const bfs = (dir: 'up' | 'down'): void => {
    let frontier = [root];
    for (let d = 1; frontier.length; d++) {
      const next: string[] = [];
      for (const n of frontier) {
        for (const h of (dir === 'up' ? up : down).get(n) ?? []) {
          const m = dir === 'up' ? h.holder : h.company;
          if (!layer.has(m)) {
            layer.set(m, dir === 'up' ? -d : d);
            next.push(m);
          }
        }
      }
      frontier = next;
    }
  };
  bfs('up');
  bfs('down');
  return layer;
}

/**
 * Hierarchical positions: one row per layer, ordered by the mean position of already placed neighbours
 * (a barycentre sweep), rows spaced `gap` apart; nodes outside the tree go to a row below.
 */
export function treePositions(
  holdings: Holding[],
  root: string,
  all: string[],
  gap = 10,
): Map<string, { x: number; y: number }> {
  const layer = ownershipLayers(holdings, root);
  const rows = new Map<number, string[]>();
  for (const n of all) {
    const l = layer.get(n) ?? Number.MAX_SAFE_INTEGER;
    rows.set(l, [...(rows.get(l) ?? []), n]);
  }
  const links = new Map<string, string[]>();
  for (const h of holdings) {
    links.set(h.holder, [...(links.get(h.holder) ?? []), h.company]);
    links.set(h.company, [...(links.get(h.company) ?? []), h.holder]);
  }
  const pos = new Map<string, { x: number; y: number }>();
  const order = [...rows.keys()].sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
  const maxLayer = Math.max(0, ...[...layer.values()]);
  for (const l of order) {
    const row = rows.get(l) ?? [];
    const bary = (n: string) => {
      const xs = (links.get(n) ?? []).map((m) => pos.get(m)?.x).filter((x): x is number => x !== undefined);
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
    };
    row.sort((a, b) => bary(a) - bary(b) || a.localeCompare(b));
    const y = l === Number.MAX_SAFE_INTEGER ? (maxLayer + 2) * gap : l * gap;
    row.forEach((n, i) => pos.set(n, { x: (i - (row.length - 1) / 2) * gap * 0.8, y: -y }));
  }
  return pos;
}
