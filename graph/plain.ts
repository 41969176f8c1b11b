// Converts driver values (nodes, relationships, paths, temporal types) into plain JSON-able objects.
import { isDate, isDateTime, isInt, isLocalDateTime, isNode, isPath, isRelationship } from 'neo4j-driver';

export interface PlainNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface PlainRel {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export function toPlain(v: unknown): unknown {
  if (v === null || v === undefined) return v ?? null;
  if (isInt(v as object)) return (v as { toNumber(): number }).toNumber();
  if (typeof v !== 'object') return v;
  if (isNode(v as object)) {
    const n = v as unknown as { elementId: string; labels: string[]; properties: Record<string, unknown> };
    return { id: n.elementId, labels: n.labels, properties: toPlain(n.properties) } as PlainNode;
  }
  if (isRelationship(v as object)) {
    const r = v as unknown as {
      elementId: string;
      type: string;
      startNodeElementId: string;
      endNodeElementId: string;
      properties: Record<string, unknown>;
    };
    return {
      id: r.elementId,
      type: r.type,
      start: r.startNodeElementId,
      end: r.endNodeElementId,
      properties: toPlain(r.properties),
    } as PlainRel;
  }
  if (isPath(v as object)) {
    const p = v as unknown as {
      segments: { start: unknown; relationship: unknown; end: unknown }[];
      start: unknown;
    };
    return {
      nodes: [toPlain(p.start), ...p.segments.map((s) => toPlain(s.end))],
      rels: p.segments.map((s) => toPlain(s.relationship)),
    };
  }
  if (isDate(v as object) || isDateTime(v as object) || isLocalDateTime(v as object)) return String(v);
  if (Array.isArray(v)) return v.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = toPlain(x);
  return out;
}
