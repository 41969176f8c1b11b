// `evaluate`: reads truth.json and a stored run, and scores the run per pattern (see score.ts).
import fs from 'node:fs';
import { InputError, NotFoundError } from '../../core/errors';
import type { GraphPort } from '../../graph/port';
import type { Truth } from '../../world/truth';
import { readRun, readRunAlerts } from '../alerts/store';
import { RING_RULE } from '../identity';
import type { Alert, RunRecord } from '../types';
import { scoreDecoys } from './decoys';
import { scorePattern, scoreRings, type DetectedRing, type Evaluation } from './score';

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

/** Scores alerts (ring alerts included) against the truth. */
export function evaluate(truth: Truth, alerts: Alert[]): Evaluation {
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
      ),
    ],
    rings: scoreRings(truth, rings),
    decoys: scoreDecoys(truth, alerts, rings),
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
  return { run, evaluation: evaluate(truth, await readRunAlerts(g, run.runId)) };
}
