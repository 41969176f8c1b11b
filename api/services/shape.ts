// Turns plain graph values (graph/plain.ts) into the API's nodes, edges and hops.
import type { PlainNode, PlainRel } from '../../graph/plain';
import { NODES, RELATIONSHIPS, isNodeLabel, isRelType, type NodeDef } from '../../model';
import type { EdgeOut, NodeOut } from '../schemas/common';

export function labelOf(n: PlainNode): string {
  return n.labels.find(isNodeLabel) ?? n.labels[0] ?? 'Node';
}

export function keyOf(n: PlainNode): string {
  const label = labelOf(n);
  const def = isNodeLabel(label) ? (NODES[label] as NodeDef) : undefined;
  const v = def ? n.properties[def.key] : undefined;
  return v === undefined || v === null ? n.id : String(v);
}

export function nodeId(n: PlainNode): string {
  return `${labelOf(n)}:${keyOf(n)}`;
}

export function toNode(n: PlainNode, withProps = false): NodeOut {
  const label = labelOf(n);
  const def = isNodeLabel(label) ? (NODES[label] as NodeDef) : undefined;
  const caption = def ? n.properties[def.caption] : undefined;
  const out: NodeOut = {
    id: `${label}:${keyOf(n)}`,
    label,
    key: keyOf(n),
    name: caption === undefined || caption === null ? null : String(caption),
  };
  if (withProps) out.properties = n.properties;
  return out;
}

export function relZh(type: string): string {
  return isRelType(type) ? RELATIONSHIPS[type].zh : type;
}

/** An edge with endpoints named by node id; `ids` maps element ids to node ids. */
export function toEdge(r: PlainRel, ids: Map<string, string>): EdgeOut {
  return {
    id: r.id,
    type: r.type,
    zh: relZh(r.type),
    source: ids.get(r.start) ?? r.start,
    target: ids.get(r.end) ?? r.end,
    properties: r.properties,
  };
}
