// Alerts and rings stored by detection: filtered lists, detail with evidence, workflow steps.
import { InputError, NotFoundError } from '../../core/errors';
import { cypher } from '../../graph/cypher';
import type { PlainNode } from '../../graph/plain';
import type { GraphPort } from '../../graph/port';
import { RING_RULE } from '../../detect';
import type { ActionBody, AlertDetail, AlertFilters, AlertList } from '../schemas/alerts';
import { toNode } from './shape';
import { transitionConflict, TRANSITIONS, type Action } from './workflow';

type Props = Record<string, unknown>;

function json<T>(s: unknown, fallback: T): T {
  if (typeof s !== 'string') return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : v == null ? null : String(v));

export function summary(a: Props) {
  return {
    id: String(a.alert_id),
    rule: String(a.rule ?? ''),
    level: String(a.level ?? ''),
    score: Number(a.score ?? 0),
    title: String(a.title ?? ''),
    status: str(a.status),
    workflow: str(a.workflow) ?? 'open',
    assignee: str(a.assignee),
    firstSeen: str(a.first_seen),
    lastSeen: str(a.last_seen),
  };
}

/** Day after an ISO date, so `to` includes the whole day of a datetime. */
function nextDay(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

export async function listAlerts(
  g: GraphPort,
  f: AlertFilters,
  scope: { rule?: string; notRule?: string } = {},
): Promise<AlertList & { raw: Props[] }> {
  const rows = await g.read<{ total: number; items: Props[] }>(cypher('api-list-alerts'), {
    level: f.level ?? null,
    workflow: f.status ?? null,
    detection: f.detection ?? null,
    rule: scope.rule ?? f.rule ?? null,
    notRule: scope.notRule ?? null,
    region: f.region ?? null,
    subject: f.subject ?? null,
    from: f.from ?? null,
    to: f.to ? nextDay(f.to) : null,
    offset: f.offset,
    limit: f.limit,
  });
  const r = rows[0] ?? { total: 0, items: [] };
  return { total: r.total, offset: f.offset, limit: f.limit, items: r.items.map(summary), raw: r.items };
}

export async function alertDetail(
  g: GraphPort,
  id: string,
  rule?: string,
): Promise<AlertDetail & { raw: Props }> {
  const rows = await g.read<{ alert: Props; subjects: PlainNode[] }>(cypher('api-find-alert'), { id });
  const r = rows[0];
  if (!r || (rule && r.alert.rule !== rule)) {
    throw new NotFoundError('alert.not_found', `没有编号为 ${id} 的预警`, `no alert with id ${id}`, {
      field: 'params.id',
    });
  }
  const a = r.alert;
  const log = Array.isArray(a.workflow_log) ? a.workflow_log : [];
  const history = log
    .map((s) => json<Record<string, string> | null>(s, null))
    .filter((s): s is Record<string, string> => s !== null)
    .map((s) => ({ ...s, to: s.to || s.from }));
  return {
    ...summary(a),
    subjects: r.subjects.map((n) => toNode(n)),
    evidence: json(a.evidence, []),
    data: json(a.data, null),
    dismissReason: str(a.dismiss_reason),
    history: history as unknown as AlertDetail['history'],
    raw: a,
  };
}

function requireFields(action: Action, body: ActionBody): void {
  const need =
    action === 'assign'
      ? 'assignee'
      : action === 'dismiss'
        ? 'reason'
        : action === 'comment'
          ? 'comment'
          : null;
  if (need && !body[need as keyof ActionBody]) {
    throw new InputError('alert.field', `${action} 需要字段 ${need}`, `${action} needs the field ${need}`, {
      field: `body.${need}`,
    });
  }
}

export async function applyAction(g: GraphPort, id: string, action: Action, body: ActionBody, by: string) {
  requireFields(action, body);
  const t = TRANSITIONS[action];
  const at = new Date().toISOString();
  const rows = await g.write<{ before: string; applied: boolean; after: string }>(
    cypher('api-update-alert-workflow'),
    {
      id,
      from: t.from,
      to: t.to,
      at,
      by,
      assignee: action === 'assign' ? body.assignee : null,
      reason: body.reason ?? null,
      entry: JSON.stringify({ action, to: t.to ?? '', by, at, ...body }).slice(1),
    },
  );
  const r = rows[0];
  if (!r)
    throw new NotFoundError('alert.not_found', `没有编号为 ${id} 的预警`, `no alert with id ${id}`, {
      field: 'params.id',
    });
  if (!r.applied) throw transitionConflict(id, action, r.before);
  return { before: r.before, after: r.after };
}

export function ringOf<T extends { data: Record<string, unknown> | null }>(a: T) {
  const d = a.data ?? {};
  return {
    members: Array.isArray(d.members) ? (d.members as { uscc: string; name: string }[]) : [],
    tenders: Array.isArray(d.tenders) ? (d.tenders as string[]) : [],
    signals: (d.signals ?? {}) as Record<string, number>,
  };
}

export { RING_RULE };
