// Settings of ring detection: one interface, DEFAULTS, validation naming the field, resolution.
import { InputError } from '../../core/errors';

/** Weights of the signals inside each family (each family is a weighted mean, weights normalised). */
export interface SignalWeights {
  /** Co-bidding structure S. */
  cohesion: number;
  exclusivity: number;
  rotation: number;
  persistence: number;
  /** Pricing E. */
  price: number;
  relativePrice: number;
}

export interface RingOptions {
  seed: number;
  /** Tenders with more bidders than this add no co-bid pairs (crowded open tenders say little). */
  maxBiddersPerTender: number;
  /** Pairs that bid together fewer times than this are left out of the co-bid graph. */
  minPairCount: number;
  /** Louvain resolution on the whole co-bid graph. */
  resolution: number;
  /** Louvain resolution when a community is split further. */
  refineResolution: number;
  maxRefineDepth: number;
  /** A pair is a strong tie when it bid together at least this often ... */
  minPairCoBids: number;
  /** ... and its co-bid Jaccard |A∩B|/|A∪B| over tenders is at least this. */
  minPairJaccard: number;
  /** A member must make at least this share of its bids together with other members. */
  minMemberRate: number;
  minGroupSize: number;
  maxGroupSize: number;
  /** A group needs this many tenders where ≥2 members bid. */
  minGroupTenders: number;
  /** Identifiers linked to more parties than this (registration agents) are ignored. */
  maxIdentifierDegree: number;
  /** Intermediate persons/companies with more ownership/position/kinship links are skipped. */
  maxPathNodeDegree: number;
  /** Price screen on members' bids in a tender (Imhof): CV below this is "low dispersion" ... */
  cvThreshold: number;
  /** ... while the lowest member bid stays this far below the next one: (b₂ − b₁)/b₁ (cover bids). */
  minCoverGap: number;
  /** Relative tolerance for equal differences / repeated cover-bid markups. */
  priceTolerance: number;
  /** Months of co-bidding that count as fully persistent. */
  persistenceMonths: number;
  /** Winning price / budget at or below this scores 0 on relative price ... */
  relativePriceLow: number;
  /** ... and at or above this scores 1 (World Bank red flag: winning bid close to the estimate). */
  relativePriceHigh: number;
  weights: SignalWeights;
  /** Behaviour B = E · (f + (1 − f) · S): the part of B that needs no co-bidding structure. */
  structureFloor: number;
  /** How far links L lift the score towards 1: score = B + λ · L · (1 − B). */
  linkShare: number;
  /** Level thresholds on the score. */
  level1: number;
  level2: number;
  /** Groups scoring below this are not reported. */
  minScore: number;
  /** Tenders read per page from Neo4j. */
  pageSize: number;
}

export type RingOptionsInput = Partial<Omit<RingOptions, 'weights'>> & { weights?: Partial<SignalWeights> };

export const DEFAULTS: RingOptions = {
  seed: 20241,
  maxBiddersPerTender: 40,
  minPairCount: 2,
  resolution: 1,
  refineResolution: 1,
  maxRefineDepth: 4,
  minPairCoBids: 3,
  minPairJaccard: 0.08,
  minMemberRate: 0.2,
  minGroupSize: 3,
  maxGroupSize: 8,
  minGroupTenders: 3,
  maxIdentifierDegree: 20,
  maxPathNodeDegree: 50,
  cvThreshold: 0.045,
  minCoverGap: 0.015,
  priceTolerance: 0.002,
  persistenceMonths: 12,
  relativePriceLow: 0.8,
  relativePriceHigh: 0.95,
  weights: {
    cohesion: 0.3,
    exclusivity: 0.3,
    rotation: 0.25,
    persistence: 0.15,
    price: 0.6,
    relativePrice: 0.4,
  },
  structureFloor: 0.4,
  linkShare: 0.4,
  level1: 0.75,
  level2: 0.55,
  minScore: 0.3,
  pageSize: 5000,
};

function bad(field: string, expected: string, got: unknown): InputError {
  return new InputError(
    'rings.option',
    `围标检测参数 ${field} 无效：应为${expected}，实际为 ${JSON.stringify(got)}`,
    `ring detection option ${field} is invalid: expected ${expected}, got ${JSON.stringify(got)}`,
    { field, expected },
  );
}

const RANGES: Partial<Record<keyof RingOptions, [number, number, string]>> = {
  maxBiddersPerTender: [2, 64, '2 到 64 的整数 (an integer 2..64)'],
  minPairCount: [1, 1000, '正整数 (a positive integer)'],
  resolution: [0.01, 100, '0.01 到 100 的数 (a number 0.01..100)'],
  refineResolution: [0.01, 100, '0.01 到 100 的数 (a number 0.01..100)'],
  maxRefineDepth: [0, 20, '0 到 20 的整数 (an integer 0..20)'],
  minPairCoBids: [1, 10_000, '正整数 (a positive integer)'],
  minPairJaccard: [0, 1, '0 到 1 的数 (a number 0..1)'],
  minMemberRate: [0, 1, '0 到 1 的数 (a number 0..1)'],
  minGroupSize: [2, 1000, '≥2 的整数 (an integer ≥ 2)'],
  maxGroupSize: [2, 1000, '≥2 的整数 (an integer ≥ 2)'],
  minGroupTenders: [1, 10_000, '正整数 (a positive integer)'],
  maxIdentifierDegree: [2, 1_000_000, '≥2 的整数 (an integer ≥ 2)'],
  maxPathNodeDegree: [1, 1_000_000, '正整数 (a positive integer)'],
  cvThreshold: [0, 1, '0 到 1 的数 (a number 0..1)'],
  minCoverGap: [0, 1, '0 到 1 的数 (a number 0..1)'],
  priceTolerance: [0, 0.5, '0 到 0.5 的数 (a number 0..0.5)'],
  persistenceMonths: [1, 600, '1 到 600 的数 (a number 1..600)'],
  linkShare: [0, 1, '0 到 1 的数 (a number 0..1)'],
  structureFloor: [0, 1, '0 到 1 的数 (a number 0..1)'],
  relativePriceLow: [0, 2, '0 到 2 的数 (a number 0..2)'],
  relativePriceHigh: [0, 2, '0 到 2 的数 (a number 0..2)'],
  level1: [0, 1, '0 到 1 的数 (a number 0..1)'],
  level2: [0, 1, '0 到 1 的数 (a number 0..1)'],
  minScore: [0, 1, '0 到 1 的数 (a number 0..1)'],
  pageSize: [1, 1_000_000, '正整数 (a positive integer)'],
};

export function validateOptions(o: RingOptions): void {
  if (!Number.isInteger(o.seed)) throw bad('seed', '整数 (an integer)', o.seed);
  for (const [k, [lo, hi, expected]] of Object.entries(RANGES) as [
    keyof RingOptions,
    [number, number, string],
  ][]) {
    const v = o[k];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi) throw bad(k, expected, v);
  }
  if (o.maxGroupSize < o.minGroupSize)
    throw bad('maxGroupSize', `≥ minGroupSize (${o.minGroupSize})`, o.maxGroupSize);
  if (o.level1 < o.level2) throw bad('level1', `≥ level2 (${o.level2})`, o.level1);
  for (const [k, v] of Object.entries(o.weights)) {
    if (typeof v !== 'number' || !(v >= 0)) throw bad(`weights.${k}`, '非负数 (a non-negative number)', v);
  }
  const w = o.weights;
  if (w.cohesion + w.exclusivity + w.rotation + w.persistence <= 0 || w.price + w.relativePrice <= 0)
    throw bad('weights', '每组权重之和大于 0 (a positive sum in each family)', o.weights);
  if (o.relativePriceHigh <= o.relativePriceLow)
    throw bad('relativePriceHigh', `> relativePriceLow (${o.relativePriceLow})`, o.relativePriceHigh);
}

/** DEFAULTS merged with the caller's options, validated. */
export function resolveOptions(input: RingOptionsInput = {}): RingOptions {
  const o: RingOptions = { ...DEFAULTS, ...input, weights: { ...DEFAULTS.weights, ...input.weights } };
  validateOptions(o);
  return o;
}
