// Scores a run against a generated world's answer key (truth.json): precision, recall and F1 per
// pattern, rings matched by member Jaccard ≥ 0.5, firm-level average precision, decoys flagged. Pure.
import type { Truth } from '../../world/truth';
import { RING_RULE } from '../identity';
import type { Alert } from '../types';

export interface PatternScore {
  pattern: string;
  rule: string;
  planted: number;
  found: number;
  alerts: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Truth ids not found. */
  missed: string[];
  /** Alert ids that match nothing planted. */
  falsePositives: string[];
  /** Alerts counted true because they match a planted case of a related pattern (see `alsoTrue`). */
  crossMatched: number;
}

export interface Evaluation {
  truthSeed: number;
  scale: string;
  patterns: PatternScore[];
  /** Null when the run did not run the ring step. */
  rings: (PatternScore & { firmAveragePrecision: number; jaccard: number }) | null;
  decoys: Record<string, { total: number; flagged: number; ids: string[] }>;
  /** Rules without a planted pattern: alert counts and how many touch a planted case. */
  unscored: Record<string, { alerts: number; touchPlanted: number }>;
}

/** Alert keys: every subject key and every evidence ref key. */
export function alertKeys(a: Alert): Set<string> {
  const keys = new Set(a.subjects.map((s) => s.key));
  for (const e of a.evidence) for (const r of e.refs ?? []) keys.add(r.key);
  return keys;
}

function ratio(a: number, b: number): number {
  return b === 0 ? (a === 0 ? 1 : 0) : a / b;
}

export function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Matches alerts of `rule` to planted items; an item is found when all its keys are in one alert. */
export function scorePattern(
  pattern: string,
  rule: string,
  items: { id: string; keys: string[] }[],
  alerts: Alert[],
  alsoTrue: { keys: string[] }[] = [],
): PatternScore {
  const mine = alerts.filter((a) => a.rule === rule).map((a) => ({ a, keys: alertKeys(a) }));
  const hit = (item: { keys: string[] }, k: Set<string>) => item.keys.every((x) => k.has(x));
  const missed = items.filter((i) => !mine.some((m) => hit(i, m.keys))).map((i) => i.id);
  const unmatched = mine.filter((m) => !items.some((i) => hit(i, m.keys)));
  const fps = unmatched.filter((m) => !alsoTrue.some((i) => hit(i, m.keys))).map((m) => m.a.id);
  const precision = ratio(mine.length - fps.length, mine.length);
  const recall = ratio(items.length - missed.length, items.length);
  return {
    pattern,
    rule,
    planted: items.length,
    found: items.length - missed.length,
    alerts: mine.length,
    truePositives: mine.length - fps.length,
    precision,
    recall,
    f1: f1(precision, recall),
    missed,
    falsePositives: fps,
    crossMatched: unmatched.length - fps.length,
  };
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const inter = b.filter((x) => sa.has(x)).length;
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 0 : inter / union;
}

/** Average precision of firms ranked by their best ring score against the planted ring members. */
export function firmAveragePrecision(
  rings: { members: string[]; score: number }[],
  relevant: Set<string>,
): number {
  const best = new Map<string, number>();
  for (const r of rings) for (const m of r.members) best.set(m, Math.max(best.get(m) ?? 0, r.score));
  const ranked = [...best.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  let hits = 0;
  let sum = 0;
  ranked.forEach(([firm], i) => {
    if (relevant.has(firm)) {
      hits++;
      sum += hits / (i + 1);
    }
  });
  return relevant.size === 0 ? 1 : sum / relevant.size;
}

export interface DetectedRing {
  id: string;
  score: number;
  members: string[];
}

export function scoreRings(truth: Truth, rings: DetectedRing[], threshold = 0.5) {
  const planted = truth.rings;
  const match = (m: string[], p: string[]) => jaccard(m, p) >= threshold;
  const missed = planted.filter((p) => !rings.some((r) => match(r.members, p.members))).map((p) => p.id);
  const fps = rings.filter((r) => !planted.some((p) => match(r.members, p.members))).map((r) => r.id);
  const precision = ratio(rings.length - fps.length, rings.length);
  const recall = ratio(planted.length - missed.length, planted.length);
  const relevant = new Set(planted.flatMap((p) => p.members));
  return {
    pattern: 'rings',
    rule: RING_RULE,
    planted: planted.length,
    found: planted.length - missed.length,
    alerts: rings.length,
    truePositives: rings.length - fps.length,
    precision,
    recall,
    f1: f1(precision, recall),
    missed,
    falsePositives: fps,
    crossMatched: 0,
    firmAveragePrecision: firmAveragePrecision(rings, relevant),
    jaccard: threshold,
  };
}
