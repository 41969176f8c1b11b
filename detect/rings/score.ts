// Scores a candidate group: behaviour B = weighted mean of cohesion, exclusivity, rotation, price
// and persistence; links L = 1 − (1 − identifiers)(1 − paths); score = B · (1 − λ + λ·L), so links
// amplify collusive behaviour but never make a ring alone, and behaviour-only rings still reach 二级.
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
import { rotation } from './signals/rotation';
import type { IdentifierRow, MemberPath, SignalResult } from './types';

export interface GroupInputs {
  names: Map<string, string>;
  identifiers: IdentifierRow[];
  paths: MemberPath[];
}

export function levelOf(score: number, o: Pick<RingOptions, 'level1' | 'level2'>): Level {
  return score >= o.level1 ? '一级' : score >= o.level2 ? '二级' : '三级';
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

function withWeight(r: SignalResult, contribution: number): Evidence[] {
  const each = r.evidence.length === 0 ? 0 : contribution / r.evidence.length;
  return r.evidence.map((e) => ({ ...e, weight: round(each) }));
}

export function scoreGroup(ctx: GroupContext, inputs: GroupInputs, o: RingOptions = DEFAULTS): Ring {
  const { names } = inputs;
  const behaviour: Record<keyof SignalWeights, SignalResult> = {
    cohesion: cohesion(ctx, names),
    exclusivity: exclusivity(ctx),
    rotation: rotation(ctx, names),
    price: priceSignal(ctx, names, o),
    persistence: persistence(ctx, o.persistenceMonths),
  };
  const ident = identifierSignal(ctx, inputs.identifiers, names, o.maxIdentifierDegree);
  const paths = pathSignal(ctx, inputs.paths);
  const wSum = Object.values(o.weights).reduce((a, b) => a + b, 0);
  const keys = Object.keys(behaviour) as (keyof SignalWeights)[];
  const b = keys.reduce((acc, k) => acc + (o.weights[k] * behaviour[k].value) / wSum, 0);
  const l = 1 - (1 - ident.value) * (1 - paths.value);
  const amplify = 1 - o.linkShare + o.linkShare * l;
  const score = b * amplify;
  const linkPart = b * o.linkShare * l;
  const linkTotal = ident.value + paths.value || 1;
  const evidence = [
    ...keys.flatMap((k) => withWeight(behaviour[k], ((o.weights[k] * behaviour[k].value) / wSum) * amplify)),
    ...withWeight(ident, (linkPart * ident.value) / linkTotal),
    ...withWeight(paths, (linkPart * paths.value) / linkTotal),
  ];
  evidence.sort((x, y) => (y.weight ?? 0) - (x.weight ?? 0));
  const signals: Record<string, number> = { behaviour: round(b), links: round(l) };
  for (const k of keys) signals[k] = round(behaviour[k].value);
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
