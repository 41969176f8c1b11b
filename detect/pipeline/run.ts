// One detection run: input fingerprint and versions, the 股权穿透 table, the rules, the ring step,
// then alerts classified against the store (new / recurring / changed / gone) and stored with the Run.
import { randomBytes } from 'node:crypto';
import { config } from '../../core/config';
import type { GraphPort } from '../../graph/port';
import { classify, type DiffIds } from '../alerts/status';
import { readStoredAlerts, writeAlerts, writeRun, type AlertData } from '../alerts/store';
import { RING_RULE } from '../identity';
import { controlTable } from '../ownership';
import { controlFloor, planRules, runRule, type ParamOverrides } from '../rules/run';
import type { Alert, AlertStatus, Ring, RunRecord } from '../types';
import { inputFingerprint, versions } from './inputs';
import { defaultRingStep, normaliseRing, ringData, ringToAlert, sortRings, type RingStep } from './rings';

export type Only = 'all' | 'rings' | 'rules';

export interface DetectOptions {
  /** Seed of every random choice (ring communities); the configured MINGJING_SEED by default. */
  seed?: number;
  only?: Only;
  /** Rule ids to run (all rules when absent). */
  rules?: string[];
  /** Rule parameter overrides; `rings` holds ring-detector options. */
  params?: ParamOverrides & { rings?: Record<string, unknown> };
  /** Store the run and its alerts (default true); false gives a dry run whose statuses are still computed. */
  store?: boolean;
  ringStep?: RingStep;
  /** Given by the job queue (its job id); generated otherwise. */
  runId?: string;
  trigger?: string;
}

export interface DetectionResult {
  run: RunRecord;
  /** Best first, each with its alert's detection status. */
  rings: (Ring & { status?: AlertStatus })[];
  /** Every alert of the run, ring alerts included, with status; ordered by rule then score. */
  alerts: Alert[];
  /** Ring alerts and rule alerts diffed separately against the store. */
  diff: { rings: DiffIds; alerts: DiffIds };
}

export function newRunId(now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `run-${stamp}-${randomBytes(3).toString('hex')}`;
}

function split(d: DiffIds, ringIds: Set<string>, rings: boolean): DiffIds {
  const keep = (ids: string[]) => ids.filter((id) => ringIds.has(id) === rings);
  return { new: keep(d.new), recurring: keep(d.recurring), changed: keep(d.changed), gone: keep(d.gone) };
}

function countBy(alerts: Alert[]): Record<string, number> {
  const out: Record<string, number> = { alerts: alerts.length };
  for (const a of alerts) {
    out[`rule.${a.rule}`] = (out[`rule.${a.rule}`] ?? 0) + 1;
    out[`level.${a.level}`] = (out[`level.${a.level}`] ?? 0) + 1;
    out[`status.${a.status}`] = (out[`status.${a.status}`] ?? 0) + 1;
  }
  return out;
}

async function timed<T>(timings: Record<string, number>, name: string, f: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await f();
  } finally {
    timings[name] = Math.round(performance.now() - t0);
  }
}

function byRuleThenScore(a: Alert, b: Alert): number {
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

type Plan = ReturnType<typeof planRules>;

async function rulesStep(
  g: GraphPort,
  plan: Plan,
  timings: Record<string, number>,
  counts: Record<string, number>,
) {
  const alerts: Alert[] = [];
  const control = plan.some(([r]) => r.needs.includes('control'))
    ? await timed(timings, 'control', () => controlTable(g, { floor: controlFloor(plan) }))
    : undefined;
  if (control) counts.control_rows = control.length;
  for (const [rule, params] of plan) {
    const res = await runRule(g, rule, params, { control });
    timings[`rule.${rule.id}`] = res.ms;
    alerts.push(...res.alerts);
  }
  return alerts;
}

async function ringsStep(g: GraphPort, opts: DetectOptions, seed: number, timings: Record<string, number>) {
  const step = opts.ringStep ?? defaultRingStep;
  const res = await timed(timings, 'rings', () => step(g, { seed, params: opts.params?.rings ?? {} }));
  const stats = (res.stats ?? null) as { params?: unknown } | null;
  return {
    rings: sortRings(res.rings.map(normaliseRing)),
    params: stats?.params ?? opts.params?.rings ?? {},
  };
}

function record(
  opts: DetectOptions,
  base: Pick<RunRecord, 'startedAt' | 'seed' | 'versions' | 'inputFingerprint' | 'timingsMs' | 'counts'>,
  plan: Plan,
  ringParams: unknown,
): RunRecord {
  const only = opts.only ?? 'all';
  return {
    runId: opts.runId ?? newRunId(),
    ...base,
    params: {
      only,
      trigger: opts.trigger ?? 'cli',
      rules: Object.fromEntries(plan.map(([r, p]) => [r.id, p])),
      rings: only === 'rules' ? null : ringParams,
    },
  };
}

/** Runs detection end to end; see DetectOptions. Used by the CLI, the job queue and the API. */
export async function runDetection(g: GraphPort, opts: DetectOptions = {}): Promise<DetectionResult> {
  const only = opts.only ?? 'all';
  const seed = opts.seed ?? config().seed;
  const startedAt = new Date().toISOString();
  const timingsMs: Record<string, number> = {};
  const t0 = performance.now();
  const plan = only === 'rings' ? [] : planRules(opts.rules, opts.params);
  const input = await timed(timingsMs, 'fingerprint', () => inputFingerprint(g));
  const vers = await timed(timingsMs, 'versions', () => versions(g));
  const counts: Record<string, number> = {};
  const alerts = await rulesStep(g, plan, timingsMs, counts);
  const ring = only === 'rules' ? { rings: [], params: null } : await ringsStep(g, opts, seed, timingsMs);
  const scope = [...plan.map(([r]) => r.id), ...(only === 'rules' ? [] : [RING_RULE])];
  const stored = await timed(timingsMs, 'read_store', () => readStoredAlerts(g, scope));
  const c = classify(stored, [...alerts, ...ring.rings.map(ringToAlert)], scope);
  Object.assign(counts, inputCounts(input.counts), countBy(c.alerts), {
    rings: ring.rings.length,
    gone: c.gone.length,
  });
  const base = { startedAt, seed, versions: vers, inputFingerprint: input.fingerprint, timingsMs, counts };
  const run = record(opts, base, plan, ring.params);
  if (opts.store !== false) {
    await writeRun(g, run, only);
    const data: AlertData = Object.fromEntries(ring.rings.map((r) => [r.id, ringData(r)]));
    await timed(timingsMs, 'store', () => writeAlerts(g, run.runId, startedAt, c, data));
  }
  timingsMs.total = Math.round(performance.now() - t0);
  run.finishedAt = new Date().toISOString();
  if (opts.store !== false) await writeRun(g, run, only);
  const status = new Map(c.alerts.map((a) => [a.id, a.status]));
  const ringIds = new Set([
    ...ring.rings.map((r) => r.id),
    ...stored.filter((s) => s.rule === RING_RULE).map((s) => s.id),
  ]);
  return {
    run,
    rings: ring.rings.map((r) => ({ ...r, status: status.get(r.id) })),
    alerts: [...c.alerts].sort(byRuleThenScore),
    diff: { rings: split(c.diff, ringIds, true), alerts: split(c.diff, ringIds, false) },
  };
}

function inputCounts(c: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(c).map(([k, v]) => [`input.${k}`, v]));
}
