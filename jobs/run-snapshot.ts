// Makes a detection run idempotent by run id. runDetection classifies alerts against what the store holds
// now; a retried run (its worker was killed after writing some alerts) would see its own writes and call
// its new alerts "recurring". So the first attempt saves the store's alert state in Redis before anything
// is written, and every attempt of that run classifies against that saved state.
import type { Redis } from 'ioredis';
import type { Statement } from '../graph/cypher';
import type { GraphPort, Params, QueryOptions, Row } from '../graph/port';
import { readStoredAlerts } from '../detect/alerts/store';
import type { StoredAlert } from '../detect/alerts/status';
import { RING_RULE } from '../detect/identity';
import { listRules } from '../detect/rules/catalog';

/** The statement runDetection reads the stored alert state with (detect/alerts/store.ts). */
export const STATE_STATEMENT = 'find-alerts-state';

/** Snapshots outlive any retry of a run, then expire. */
export const SNAPSHOT_TTL_S = 7 * 24 * 3600;

export function snapshotKey(prefix: string, runId: string): string {
  return `${prefix}:run-snapshot:${runId}`;
}

/** The saved state of this run, or (first attempt) the store's state now, saved before the run writes. */
export async function runSnapshot(
  redis: Redis,
  g: GraphPort,
  prefix: string,
  runId: string,
): Promise<StoredAlert[]> {
  const key = snapshotKey(prefix, runId);
  const saved = await redis.get(key);
  if (saved !== null) return JSON.parse(saved) as StoredAlert[];
  const state = await readStoredAlerts(g, [...listRules().map((r) => r.id), RING_RULE]);
  // NX: if two attempts raced, both use whichever snapshot landed first.
  await redis.set(key, JSON.stringify(state), 'EX', SNAPSHOT_TTL_S, 'NX');
  return JSON.parse((await redis.get(key)) ?? '[]') as StoredAlert[];
}

/** A graph port that answers the stored-alert-state read from the snapshot and passes everything else on. */
export function pinnedState(inner: GraphPort, snapshot: StoredAlert[]): GraphPort {
  const rowsFor = (params: Params = {}): Row[] => {
    const rules = new Set((params.rules as string[] | undefined) ?? []);
    return snapshot
      .filter((s) => rules.has(s.rule))
      .map((s) => ({ ...s }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  };
  return {
    read: <T extends Row = Row>(stmt: Statement, params?: Params, opts?: QueryOptions) =>
      stmt.name === STATE_STATEMENT
        ? Promise.resolve(rowsFor(params) as T[])
        : inner.read<T>(stmt, params, opts),
    write: (stmt, params, opts) => inner.write(stmt, params, opts),
    writeAll: (steps, opts) => inner.writeAll(steps, opts),
    ping: () => inner.ping(),
    close: () => inner.close(),
  };
}
