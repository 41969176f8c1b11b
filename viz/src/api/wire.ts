// The API's JSON shapes (api/schemas) and their conversion to the workbench's types.
import type { AlertDetail, AlertItem, CoiPath, EdgeData, NodeData, RingSummary, Workflow } from './types';
import type { Evidence, Level, RingMember } from './types';
import { hopText } from '../graph/describe';

export interface WireNode {
  id: string;
  label: string;
  key: string;
  name: string | null;
  properties?: Record<string, unknown>;
}

export interface WireEdge {
  id: string;
  type: string;
  zh: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface WireAlert {
  id: string;
  rule: string;
  level: string;
  score: number;
  title: string;
  status: string | null;
  workflow: string;
  assignee: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface WireStep {
  action: string;
  by: string;
  at: string;
  reason?: string;
  comment?: string;
}

export interface WireAlertDetail extends WireAlert {
  subjects: WireNode[];
  evidence: Evidence[];
  data: Record<string, unknown> | null;
  history: WireStep[];
  members?: RingMember[];
  tenders?: string[];
  signals?: Record<string, number>;
}

export interface WireCoiHop {
  type: string;
  zh: string;
  from: string;
  to: string;
  relation?: string;
  sharePct?: number;
  role?: string;
  since?: string;
  start?: string;
  end?: string;
  identifier?: { label: string; value: string; degree: number };
  source: string;
}

export interface WireCoiPath {
  score: number;
  typologies: string[];
  nodes: WireNode[];
  hops: WireCoiHop[];
}

export const node = (n: WireNode): NodeData => ({
  id: n.id,
  label: n.label,
  key: n.key,
  name: n.name ?? n.key,
  props: n.properties ?? {},
});

export const edge = (e: WireEdge): EdgeData => ({
  id: e.id,
  type: e.type,
  source: e.source,
  target: e.target,
  props: e.properties,
});

export const alertItem = (a: WireAlert): AlertItem => ({
  id: a.id,
  rule: a.rule,
  level: a.level as Level,
  score: a.score,
  title: a.title,
  status: a.workflow as Workflow,
  change: a.status,
  assignee: a.assignee,
  firstSeen: a.firstSeen,
  lastSeen: a.lastSeen,
});

export function alertDetail(a: WireAlertDetail): AlertDetail {
  const members = a.members ?? (a.data?.members as RingMember[] | undefined);
  return {
    ...alertItem(a),
    subjects: a.subjects.map(node),
    evidence: a.evidence,
    comments: a.history
      .filter((h) => h.comment)
      .map((h) => ({ at: h.at, by: h.by, text: h.comment as string })),
    history: a.history.map((h) => ({ at: h.at, by: h.by, action: h.action, reason: h.reason })),
    ring: members ? { members, tenders: a.tenders ?? (a.data?.tenders as string[]) ?? [] } : undefined,
  };
}

export function ringSummary(a: WireAlertDetail): RingSummary {
  return {
    id: a.id,
    score: a.score,
    level: a.level as Level,
    title: a.title,
    status: a.workflow as Workflow,
    members: a.members ?? [],
    tenders: a.tenders ?? [],
    signals: a.signals ?? {},
    evidence: a.evidence ?? [],
  };
}

/** A COI path: the hops become edges (stored direction) with a sentence carrying their facts and source. */
export function coiPath(p: WireCoiPath): CoiPath {
  const nodes = p.nodes.map(node);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const hops = p.hops.map((h, i) => {
    const props: Record<string, unknown> = {};
    if (h.sharePct !== undefined) props.share_pct = h.sharePct;
    if (h.relation !== undefined) props.relation = h.relation;
    if (h.role !== undefined) props.role = h.role;
    for (const k of ['since', 'start', 'end'] as const) if (h[k]) props[k] = h[k];
    const e: EdgeData = {
      id: `coi:${i}:${h.type}:${h.from}>${h.to}`,
      type: h.type,
      source: h.from,
      target: h.to,
      props,
    };
    return { edge: e, text: hopText(e, byId, h.identifier?.value), source: h.source };
  });
  return { nodes, hops, score: p.score, typologies: p.typologies };
}
