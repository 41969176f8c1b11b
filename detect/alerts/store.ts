// Alerts and runs in Neo4j: reads the stored state, writes this run's alerts (MERGE by stable id),
// links subjects and the run, marks the rest gone. Workflow state is never overwritten.
import { cypher } from '../../graph/cypher';
import type { GraphPort } from '../../graph/port';
import type { Alert, AlertStatus, Evidence, RunRecord, Subject } from '../types';
import type { Classified, StoredAlert } from './status';

const BATCH = 2000;

function chunks<T>(xs: T[], n = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

export async function readStoredAlerts(g: GraphPort, rules: string[]): Promise<StoredAlert[]> {
  const rows = await g.read(cypher('find-alerts-state'), { rules });
  return rows.map((r) => ({
    id: String(r.id),
    rule: String(r.rule),
    fingerprint: (r.fingerprint as string | null) ?? null,
    status: (r.status as AlertStatus | null) ?? null,
    workflow: (r.workflow as string | null) ?? null,
  }));
}

/** The Run node's properties; maps and lists are JSON strings. */
export function runProps(run: RunRecord, only: string): Record<string, unknown> {
  return {
    started_at: run.startedAt,
    finished_at: run.finishedAt ?? null,
    seed: run.seed,
    only,
    params: JSON.stringify(run.params),
    versions: JSON.stringify(run.versions),
    input_fingerprint: run.inputFingerprint,
    timings: JSON.stringify(run.timingsMs),
    counts: JSON.stringify(run.counts),
  };
}

export async function writeRun(g: GraphPort, run: RunRecord, only: string): Promise<void> {
  await g.write(cypher('merge-run'), { run_id: run.runId, props: runProps(run, only) });
}

/** Extra per-alert data stored as JSON (rings keep members, signals and tenders here). */
export type AlertData = Record<string, Record<string, unknown>>;

export async function writeAlerts(
  g: GraphPort,
  runId: string,
  at: string,
  c: Classified,
  data: AlertData = {},
): Promise<void> {
  const reopen = new Set(c.reopen);
  const rows = c.alerts.map((a) => ({
    id: a.id,
    rule: a.rule,
    level: a.level,
    score: a.score,
    title: a.title,
    status: a.status,
    fingerprint: a.fingerprint,
    evidence: JSON.stringify(a.evidence),
    subjects: JSON.stringify(a.subjects),
    data: data[a.id] ? JSON.stringify(data[a.id]) : null,
    reopen: reopen.has(a.id),
    relink: a.status !== 'recurring',
  }));
  for (const batch of chunks(rows))
    await g.write(cypher('merge-alerts'), { run_id: runId, at, alerts: batch });
  // A recurring alert has the same evidence, hence the same subjects: its links stay.
  const links = c.alerts
    .filter((a) => a.status !== 'recurring')
    .flatMap((a) => a.subjects.map((s) => ({ alert: a.id, label: s.label, key: s.key })));
  for (const batch of chunks(links, 5000)) await g.write(cypher('merge-alert-subjects'), { links: batch });
  for (const batch of chunks(c.gone))
    await g.write(cypher('merge-alerts-gone'), { run_id: runId, at, ids: batch });
}

export interface StoredRunAlert extends Alert {
  workflow: string | null;
  data: Record<string, unknown> | null;
}

function parse<T>(s: unknown, fallback: T): T {
  if (typeof s !== 'string') return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
}

/** A stored run (latest when `runId` is null) with its JSON fields parsed. */
export async function readRun(g: GraphPort, runId: string | null): Promise<RunRecord | null> {
  const rows = await g.read(cypher('find-run'), { run_id: runId });
  const r = rows[0]?.run as Record<string, unknown> | undefined;
  if (!r) return null;
  return {
    runId: String(r.run_id),
    startedAt: String(r.started_at),
    finishedAt: r.finished_at ? String(r.finished_at) : undefined,
    seed: Number(r.seed),
    params: parse(r.params, {}),
    versions: parse(r.versions, {}),
    inputFingerprint: String(r.input_fingerprint ?? ''),
    timingsMs: parse(r.timings, {}),
    counts: parse(r.counts, {}),
  };
}

export async function readRunAlerts(g: GraphPort, runId: string): Promise<StoredRunAlert[]> {
  const rows = await g.read(cypher('find-run-alerts'), { run_id: runId });
  return rows.map((r) => ({
    id: String(r.id),
    rule: String(r.rule),
    level: r.level as Alert['level'],
    score: Number(r.score),
    title: String(r.title ?? ''),
    status: (r.status as AlertStatus) ?? undefined,
    fingerprint: (r.fingerprint as string) ?? undefined,
    workflow: (r.workflow as string | null) ?? null,
    subjects: parse<Subject[]>(r.subjects, []),
    evidence: parse<Evidence[]>(r.evidence, []),
    data: parse<Record<string, unknown> | null>(r.data, null),
  }));
}
