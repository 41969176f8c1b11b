// The ring step of a run, pluggable (tests and partitions may swap it), and rings as alerts of rule
// `bid-rigging-ring` with the same stable id.
import type { GraphPort } from '../../graph/port';
import { RING_RULE, evidenceFingerprint, ringId } from '../identity';
import { detectRings } from '../rings';
import type { Alert, Ring } from '../types';

export interface RingStepResult {
  rings: Ring[];
  /** Whatever the ring detector reports about itself (options, fingerprint, timings). */
  stats?: unknown;
}

export type RingStep = (
  g: GraphPort,
  opts: { seed: number; params: Record<string, unknown> },
) => Promise<RingStepResult>;

export const defaultRingStep: RingStep = (g, { seed, params }) => detectRings(g, { ...params, seed });

/** A ring with its id normalised to the id of its alert, members sorted. */
export function normaliseRing(r: Ring): Ring {
  const members = [...r.members].sort((a, b) => (a.uscc < b.uscc ? -1 : a.uscc > b.uscc ? 1 : 0));
  return { ...r, id: ringId(members.map((m) => m.uscc)), members };
}

/** Best first, ties by id. */
export function sortRings(rings: Ring[]): Ring[] {
  return [...rings].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function ringToAlert(r: Ring): Alert {
  return {
    id: r.id,
    rule: RING_RULE,
    level: r.level,
    score: Math.round(r.score * 1000) / 1000,
    title: `疑似围标串标团伙：${r.members.length} 家企业在 ${r.tenders.length} 个项目中共同投标`,
    subjects: [
      ...r.members.map((m) => ({ label: 'Company', key: m.uscc, name: m.name })),
      ...r.tenders.map((t) => ({ label: 'Tender', key: t })),
    ],
    evidence: r.evidence,
    fingerprint: evidenceFingerprint(r.evidence),
  };
}

/** Extra data a ring alert keeps (members, signals, tenders), so a stored run can be evaluated. */
export function ringData(r: Ring): Record<string, unknown> {
  return { members: r.members, signals: r.signals, tenders: r.tenders };
}
