// Detection status of alerts against what is stored: new / recurring / changed / gone. Pure.
import type { Alert, AlertStatus } from '../types';

/** What the store remembers of an alert between runs. */
export interface StoredAlert {
  id: string;
  rule: string;
  fingerprint: string | null;
  status: AlertStatus | null;
  /** Investigators' workflow (open/assigned/confirmed/dismissed/rectified/closed); never set by detection. */
  workflow: string | null;
}

export interface DiffIds {
  new: string[];
  recurring: string[];
  changed: string[];
  gone: string[];
}

export interface Classified {
  /** The current alerts with `status` set. */
  alerts: Alert[];
  /** Ids of stored alerts of the rules that ran which this run did not produce. */
  gone: string[];
  /** Dismissed alerts whose evidence changed: reopened for another look. */
  reopen: string[];
  diff: DiffIds;
}

/** Workflow states that a change of evidence sends back to `open`. */
export const REOPEN_ON_CHANGE: readonly string[] = ['dismissed'];

/**
 * Classifies `current` against `stored`. Only stored alerts of `rulesRun` can become `gone`
 * (a rules-only run leaves ring alerts alone); an alert already gone stays out of the diff.
 */
export function classify(
  stored: readonly StoredAlert[],
  current: readonly Alert[],
  rulesRun: readonly string[],
): Classified {
  const byId = new Map(stored.map((s) => [s.id, s]));
  const diff: DiffIds = { new: [], recurring: [], changed: [], gone: [] };
  const reopen: string[] = [];
  const alerts = current.map((a) => {
    const prev = byId.get(a.id);
    let status: AlertStatus = 'new';
    if (prev) status = prev.fingerprint === a.fingerprint ? 'recurring' : 'changed';
    diff[status].push(a.id);
    if (status === 'changed' && prev?.workflow && REOPEN_ON_CHANGE.includes(prev.workflow)) reopen.push(a.id);
    return { ...a, status };
  });
  const produced = new Set(current.map((a) => a.id));
  const rules = new Set(rulesRun);
  const gone = stored
    .filter((s) => rules.has(s.rule) && s.status !== 'gone' && !produced.has(s.id))
    .map((s) => s.id)
    .sort();
  diff.gone = gone;
  for (const k of ['new', 'recurring', 'changed'] as const) diff[k].sort();
  return { alerts, gone, reopen: reopen.sort(), diff };
}
