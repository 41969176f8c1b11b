// Scores a candidate group. Pricing E = weighted mean of cover-bid screens and relative price;
// structure S = weighted mean of cohesion, exclusivity, rotation and persistence (Wachs & Kertész
// 2019); behaviour B = E · (f + (1 − f) · S), so co-bidding alone (an honest niche market) never
// makes a ring without coordinated prices; links L = 1 − (1 − identifiers)(1 − paths) lift the
// score towards 1: score = B + λ · L · (1 − B). Behaviour-only rings reach 二级 and above.
import { ringId } from '../identity';
import type { Evidence, Level, Ring } from '../types';
import { nameOf } from './format';
import type { GroupContext } from './groups';
import { DEFAULTS, type RingOptions, type SignalWeights } from './options';
import { cohesion, exclusivity } from './signals/cohesion';
import { identifierSignal } from './signals/identifiers';
import { pathSignal } from './signals/paths';
import { persistence } from './signals/persistence';
import { priceSignal } from './signals/prices';
import { relativePrice } from './signals/relative-price';
import { rotation } from './signals/rotation';
import type { IdentifierRow, MemberPath, SignalResult } from './types';

export interface GroupInputs {
  names: Map<string, string>;
  identifiers: IdentifierRow[];
  paths: MemberPath[];
}

type Key = keyof SignalWeights;
const STRUCTURE: Key[] = ['cohesion', 'exclusivity', 'rotation', 'persistence'];
const PRICING: Key[] = ['price', 'relativePrice'];

export function levelOf(score: number, o: Pick<RingOptions, 'level1' | 'level2'>): Level {
  return score >= o.level1 ? '一级' : score >= o.level2 ? '二级' : '三级';
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** Weighted mean over the signals whose data is known; `fallback` when none is. */
function family(keys: Key[], r: Record<Key, SignalResult>, w: SignalWeights, fallback: number): number {
  const known = keys.filter((k) => r[k].known !== false && w[k] > 0);
  const sum = known.reduce((a, k) => a + w[k], 0);
  return sum === 0 ? fallback : known.reduce((a, k) => a + w[k] * r[k].value, 0) / sum;
}

function withWeight(r: SignalResult, contribution: number): Evidence[] {
  const each = r.evidence.length === 0 ? 0 : contribution / r.evidence.length;
  return r.evidence.map((e) => ({ ...e, weight: round(each) }));
}

function behaviourSignals(
  ctx: GroupContext,
  names: Map<string, string>,
  o: RingOptions,
): Record<Key, SignalResult> {
  return {
    cohesion: cohesion(ctx, names),
    exclusivity: exclusivity(ctx),
    rotation: rotation(ctx, names),
    persistence: persistence(ctx, o.persistenceMonths),
    price: priceSignal(ctx, names, o),
    relativePrice: relativePrice(ctx, names, o),
  };
}

export function scoreGroup(ctx: GroupContext, inputs: GroupInputs, o: RingOptions = DEFAULTS): Ring {
  const { names } = inputs;
  const r = behaviourSignals(ctx, names, o);
  const ident = identifierSignal(ctx, inputs.identifiers, names, o.maxIdentifierDegree);
  const paths = pathSignal(ctx, inputs.paths);
  const s = family(STRUCTURE, r, o.weights, 0);
  const e = family(PRICING, r, o.weights, 0.5);
  const b = e * (o.structureFloor + (1 - o.structureFloor) * s);
  const l = 1 - (1 - ident.value) * (1 - paths.value);
  const score = b + o.linkShare * l * (1 - b);
  // Evidence weights: B shared among behaviour signals by weighted value, the link lift among links.
  const keys = [...STRUCTURE, ...PRICING];
  const parts = keys.map((k) => (r[k].known === false ? 0 : o.weights[k] * r[k].value));
  const partSum = parts.reduce((a, x) => a + x, 0) || 1;
  const lift = o.linkShare * l * (1 - b);
  const linkSum = ident.value + paths.value || 1;
  const evidence = [
    ...keys.flatMap((k, i) => withWeight(r[k], (b * parts[i]) / partSum)),
    ...withWeight(ident, (lift * ident.value) / linkSum),
    ...withWeight(paths, (lift * paths.value) / linkSum),
  ].sort((x, y) => (y.weight ?? 0) - (x.weight ?? 0));
  const signals: Record<string, number> = {
    behaviour: round(b),
    structure: round(s),
    pricing: round(e),
    links: round(l),
  };
  for (const k of keys) signals[k] = round(r[k].value);
  signals.identifiers = round(ident.value);
  signals.paths = round(paths.value);
  return {
    id: ringId(ctx.members),
    score: round(score),
    level: levelOf(score, o),
    members: ctx.members.map((uscc) => ({ uscc, name: nameOf(names, uscc) })),
    evidence,
    signals,
    tenders: ctx.tenders.map((t) => ctx.index.tenders[t].tender_id),
  };
}
