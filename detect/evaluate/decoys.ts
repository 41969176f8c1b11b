// Which of a world's decoys a run flagged: relatives' companies that never deal with the official's
// unit, experts' relatives at firms they never evaluate, regular installments, niche markets, big bidders.
import type { Truth } from '../../world/truth';
import type { Alert } from '../types';
import { alertKeys, jaccard, type DetectedRing } from './score';

export type DecoyReport = Record<string, { total: number; flagged: number; ids: string[] }>;

function flaggedBy(alerts: Alert[], rule: string, keys: string[]): string[] {
  return alerts.filter((a) => a.rule === rule && keys.every((k) => alertKeys(a).has(k))).map((a) => a.id);
}

function report(items: string[][]): { total: number; flagged: number; ids: string[] } {
  const ids = [...new Set(items.flat())].sort();
  return { total: items.length, flagged: items.filter((x) => x.length > 0).length, ids };
}

export function scoreDecoys(truth: Truth, alerts: Alert[], rings: DetectedRing[]): DecoyReport {
  const d = truth.decoys;
  return {
    officialRelativeCompanies: report(
      d.officialRelativeCompanies.map((x) => flaggedBy(alerts, 'interest-transfer', [x.official, x.company])),
    ),
    expertRelatives: report(
      d.expertRelatives.map((x) => flaggedBy(alerts, 'expert-bidder-tie', [x.expert, x.company])),
    ),
    regularInstallments: report(
      d.regularInstallments.map((x) =>
        alerts
          .filter((a) => a.rule === 'split-payments' && x.payments.some((p) => alertKeys(a).has(p)))
          .map((a) => a.id),
      ),
    ),
    nicheMarkets: report(
      d.nicheMarkets.map((x) => rings.filter((r) => jaccard(r.members, x.members) >= 0.5).map((r) => r.id)),
    ),
    bigBidders: report(
      d.bigBidders.map((x) => rings.filter((r) => r.members.includes(x.uscc)).map((r) => r.id)),
    ),
  };
}
