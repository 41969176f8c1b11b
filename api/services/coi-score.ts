// Conflict-of-interest path scoring: each hop gets a strength in (0,1] by what it is (kinship by relation,
// shareholding by %, position by role, shared identifier by kind and how widely it is shared); a path's
// score is the product of its hops, so longer and weaker chains score lower. Pure; weights in DEFAULTS.
import type { PlainNode, PlainRel } from '../../graph/plain';

export const COI_DEFAULTS = {
  kinship: {
    spouse: 1,
    parent: 0.95,
    child: 0.95,
    sibling: 0.85,
    grand: 0.75,
    in_law: 0.65,
    other: 0.5,
  } as Record<string, number>,
  kinshipUnknown: 0.6,
  /** Shareholding: base + (1 - base) × share%; unknown share counts as 50 %. */
  shareBase: 0.3,
  legalRep: 0.9,
  roles: [
    [/法定代表人|董事长|执行董事|总经理/, 0.85],
    [/董事|监事|经理|财务负责人|合伙人/, 0.75],
    [/项目负责人/, 0.6],
  ] as [RegExp, number][],
  roleOther: 0.45,
  worksAt: 0.5,
  /** Factor for a position that has ended (still a tie, a weaker one). */
  ended: 0.7,
  identifier: { Phone: 0.8, Email: 0.75, Device: 0.9, IP: 0.5, Address: 0.55 } as Record<string, number>,
  /** Control threshold in percent. */
  control: 50,
};
export type CoiWeights = typeof COI_DEFAULTS;

export type Kind = 'kinship' | 'shareholding' | 'employment' | 'shared_identifier';

export const KIND_ZH: Record<Kind, string> = {
  kinship: '亲属关系',
  shareholding: '持股/控制',
  employment: '任职/雇佣',
  shared_identifier: '共用联系方式或设备',
};

export interface ScoredHop {
  rel: PlainRel;
  kind: Kind;
  weight: number;
  /** For identifier hops: the identifier node's label, value and degree. */
  identifier?: { label: string; value: string; degree: number };
}

const IDENTIFIER_RELS = new Set(['HAS_PHONE', 'HAS_EMAIL', 'AT_ADDRESS', 'USED_DEVICE', 'USED_IP']);
const IDENTIFIER_LABELS = ['Phone', 'Email', 'Address', 'Device', 'IP'];

function roleWeight(role: unknown, w: CoiWeights): number {
  const r = typeof role === 'string' ? role : '';
  for (const [re, v] of w.roles) if (re.test(r)) return v;
  return w.roleOther;
}

export function sharePct(rel: PlainRel): number | null {
  const v = rel.properties.share_pct;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function hopWeight(rel: PlainRel, w: CoiWeights, asOf: string): { kind: Kind; weight: number } {
  const p = rel.properties;
  switch (rel.type) {
    case 'RELATIVE_OF':
      return { kind: 'kinship', weight: w.kinship[String(p.relation)] ?? w.kinshipUnknown };
    case 'HOLDS_SHARES': {
      const pct = Math.min(100, Math.max(0, sharePct(rel) ?? 50));
      return { kind: 'shareholding', weight: w.shareBase + ((1 - w.shareBase) * pct) / 100 };
    }
    case 'LEGAL_REP_OF':
      return { kind: 'employment', weight: w.legalRep };
    case 'HOLDS_POSITION': {
      const ended = typeof p.end === 'string' && p.end < asOf;
      return { kind: 'employment', weight: roleWeight(p.role, w) * (ended ? w.ended : 1) };
    }
    default:
      return { kind: 'employment', weight: w.worksAt };
  }
}

/** Scores a path's hops; `degrees[i]` is the degree of nodes[i] when it is an identifier. */
export function scoreHops(
  nodes: PlainNode[],
  rels: PlainRel[],
  degrees: (number | null)[],
  w: CoiWeights = COI_DEFAULTS,
  asOf = new Date().toISOString().slice(0, 10),
): ScoredHop[] {
  return rels.map((rel, i) => {
    if (IDENTIFIER_RELS.has(rel.type)) {
      const j = IDENTIFIER_LABELS.some((l) => nodes[i + 1]?.labels.includes(l)) ? i + 1 : i;
      const n = nodes[j];
      const label = n.labels.find((l) => IDENTIFIER_LABELS.includes(l)) ?? 'Phone';
      const degree = Math.max(2, degrees[j] ?? 2);
      // The two hops through one identifier multiply to base × √(2/degree).
      const weight = Math.sqrt((w.identifier[label] ?? 0.5) * Math.min(1, Math.sqrt(2 / degree)));
      return {
        rel,
        kind: 'shared_identifier',
        weight,
        identifier: { label, value: String(n.properties.value ?? ''), degree },
      };
    }
    return { rel, ...hopWeight(rel, w, asOf) };
  });
}

export function pathScore(hops: ScoredHop[]): number {
  return Math.round(hops.reduce((s, h) => s * h.weight, 1) * 1000) / 1000;
}

/** Effective % of a chain of shareholding hops that follow one another (holder → company → company,
 * either way along the path): the product of its shares; the largest over the path's chains. */
export function chainPct(hops: ScoredHop[]): number | null {
  const runs: number[] = [];
  let run: number | null = null;
  let prev: PlainRel | null = null;
  for (const h of hops) {
    const pct = h.rel.type === 'HOLDS_SHARES' ? sharePct(h.rel) : null;
    const follows = pct !== null && prev !== null && (prev.end === h.rel.start || prev.start === h.rel.end);
    if (run !== null && !follows) runs.push(run);
    run = pct === null ? null : follows && run !== null ? (run * pct) / 100 : pct;
    prev = pct === null ? null : h.rel;
  }
  if (run !== null) runs.push(run);
  return runs.length ? Math.round(Math.max(...runs) * 100) / 100 : null;
}
