// `evaluate`: reads truth.json and a stored run, and scores the run per pattern (see score.ts).
import fs from 'node:fs';
import { InputError, NotFoundError } from '../../core/errors';
import type { GraphPort } from '../../graph/port';
import type { Truth } from '../../world/truth';
import { readRun, readRunAlerts } from '../alerts/store';
import { RING_RULE } from '../identity';
import type { Alert, RunRecord } from '../types';
import { scoreDecoys } from './decoys';
import { alertKeys, scorePattern, scoreRings, type DetectedRing, type Evaluation } from './score';

export type { Evaluation, PatternScore } from './score';

const LISTS = [
  'rings',
  'interestTransfer',
  'splitPayments',
  'paymentBeforeContract',
  'paymentOverContract',
  'expertTies',
] as const;

export function loadTruth(file: string): Truth {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InputError(
      'truth.unreadable',
      `无法读取答案文件 ${file}：${(e as Error).message}`,
      `cannot read truth file ${file}: ${(e as Error).message}`,
      { file },
    );
  }
  const t = raw as Partial<Truth>;
  for (const f of [...LISTS, 'decoys'] as const) {
    if (t[f] === undefined || (f !== 'decoys' && !Array.isArray(t[f]))) {
      throw new InputError(
        'truth.field',
        `答案文件 ${file} 缺少字段 ${f}（应为 npx mingjing generate 生成的 truth.json）`,
        `truth file ${file} lacks field ${f} (expected the truth.json written by \`npx mingjing generate\`)`,
        { file, field: f },
      );
    }
  }
  return t as Truth;
}

export function ringsOf(alerts: Alert[]): DetectedRing[] {
  return alerts
    .filter((a) => a.rule === RING_RULE)
    .map((a) => ({
      id: a.id,
      score: a.score,
      members: a.subjects.filter((s) => s.label === 'Company').map((s) => s.key),
    }));
}

const SCORED = new Set([
  RING_RULE,
  'interest-transfer',
  'split-payments',
  'payment-before-contract',
  'overpayment',
  'expert-bidder-tie',
]);

/** Rules the truth has no pattern for: how many alerts, and how many touch a planted case's keys. */
export function unscored(
  truth: Truth,
  alerts: Alert[],
): Record<string, { alerts: number; touchPlanted: number }> {
  const planted: string[][] = [
    ...truth.interestTransfer.map((x) => [x.official, x.company]),
    ...truth.interestTransfer.map((x) => [x.org, x.company]),
    ...truth.expertTies.map((x) => [x.expert, x.company]),
    ...truth.rings.flatMap((r) => r.members.map((m) => [m])),
  ];
  const out: Record<string, { alerts: number; touchPlanted: number }> = {};
  for (const a of alerts.filter((x) => !SCORED.has(x.rule))) {
    const keys = alertKeys(a);
    const o = (out[a.rule] ??= { alerts: 0, touchPlanted: 0 });
    o.alerts++;
    if (planted.some((p) => p.every((k) => keys.has(k)))) o.touchPlanted++;
  }
  return out;
}

/** What a run covered: the rule ids it ran and whether it ran the ring step. */
export interface RunScope {
  rules: string[];
  rings: boolean;
}

export function scopeOf(run: RunRecord): RunScope | undefined {
  const p = run.params as { only?: string; rules?: Record<string, unknown> };
  if (!p.rules) return undefined;
  return { rules: Object.keys(p.rules), rings: p.only !== 'rules' };
}

/** Scores alerts (ring alerts included) against the truth; patterns a run did not cover are left out. */
export function evaluate(truth: Truth, alerts: Alert[], scope?: RunScope): Evaluation {
  const e = evaluateAll(truth, alerts);
  if (!scope) return e;
  return {
    ...e,
    patterns: e.patterns.filter((p) => scope.rules.includes(p.rule)),
    rings: scope.rings ? e.rings : null,
  };
}

function evaluateAll(truth: Truth, alerts: Alert[]): Evaluation {
  const rings = ringsOf(alerts);
  return {
    truthSeed: truth.seed,
    scale: truth.scale,
    patterns: [
      scorePattern(
        'interestTransfer',
        'interest-transfer',
        truth.interestTransfer.map((x) => ({ id: x.id, keys: [x.official, x.company] })),
        alerts,
      ),
      scorePattern(
        'splitPayments',
        'split-payments',
        truth.splitPayments.map((x) => ({ id: x.id, keys: [x.payer, x.payee] })),
        alerts,
      ),
      scorePattern(
        'paymentBeforeContract',
        'payment-before-contract',
        truth.paymentBeforeContract.map((x) => ({ id: x.id, keys: [x.contract, x.payment] })),
        alerts,
      ),
      scorePattern(
        'paymentOverContract',
        'overpayment',
        truth.paymentOverContract.map((x) => ({ id: x.id, keys: [x.contract] })),
        alerts,
      ),
      scorePattern(
        'expertTies',
        'expert-bidder-tie',
        truth.expertTies.map((x) => ({ id: x.id, keys: [x.expert, x.company] })),
        alerts,
        // A planted official on the panel of a tender won by the relative's company is a tie too (the
        // generator also seats purchaser officials at random, so officialOnPanel is not the whole story).
        truth.interestTransfer.map((x) => ({ keys: [x.official, x.company] })),
      ),
    ],
    rings: scoreRings(truth, rings),
    decoys: scoreDecoys(truth, alerts, rings),
    unscored: unscored(truth, alerts),
  };
}

/** Scores a stored run (the latest when `runId` is absent) against a truth file. */
export async function evaluateRun(
  g: GraphPort,
  truthFile: string,
  runId?: string,
): Promise<{ run: RunRecord; evaluation: Evaluation }> {
  const truth = loadTruth(truthFile);
  const run = await readRun(g, runId ?? null);
  if (!run) {
    throw new NotFoundError(
      'run.not_found',
      runId ? `没有检测运行 ${runId}` : '还没有检测运行，请先运行 npx mingjing detect',
      runId ? `no detection run ${runId}` : 'no detection run yet; run `npx mingjing detect` first',
      { field: '--run' },
    );
  }
  return { run, evaluation: evaluate(truth, await readRunAlerts(g, run.runId), scopeOf(run)) };
}
