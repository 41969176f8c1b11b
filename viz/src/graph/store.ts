// The network's graphology graph: domain attributes only, merged from API subgraphs, with "and N more" nodes.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeData, Expansion, NodeData, Subgraph } from '../api/types';

export interface NodeAttrs {
  label: string;
  key: string;
  name: string;
  props: Record<string, unknown>;
  x: number;
  y: number;
  /** Set on an "and N more" placeholder: whose neighbours of which type, how many shown, how many left. */
  more?: { of: string; type: string; shown: number; hidden: number };
}

export interface EdgeAttrs {
  type: string;
  props: Record<string, unknown>;
}

export type NetGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export const MORE = 'More';
export const MORE_EDGE = '__more';

export function newGraph(): NetGraph {
  return new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
}

function addNode(g: NetGraph, n: NodeData, x: number, y: number): void {
  if (g.hasNode(n.id)) {
    g.mergeNodeAttributes(n.id, { label: n.label, key: n.key, name: n.name, props: n.props });
  } else {
    g.addNode(n.id, { label: n.label, key: n.key, name: n.name, props: n.props, x, y });
  }
}

function addEdge(g: NetGraph, e: EdgeData): void {
  if (!g.hasNode(e.source) || !g.hasNode(e.target) || g.hasEdge(e.id)) return;
  g.addEdgeWithKey(e.id, e.source, e.target, { type: e.type, props: e.props });
}

/** Merge a subgraph, placing new nodes on a circle around (cx, cy). */
export function mergeSubgraph(g: NetGraph, sub: Subgraph, cx = 0, cy = 0, radius = 10): void {
  const fresh = sub.nodes.filter((n) => !g.hasNode(n.id));
  fresh.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, fresh.length) + 0.3 * Math.sin(i * 7.1);
    const r = radius * (0.7 + 0.3 * ((i * 37) % 10) * 0.1);
    addNode(g, n, cx + r * Math.cos(a), cy + r * Math.sin(a));
  });
  for (const n of sub.nodes) if (!fresh.includes(n)) addNode(g, n, 0, 0);
  for (const e of sub.edges) addEdge(g, e);
}

/** Merge a node's neighbours and keep one "and N more" node per relationship type that has more. */
export function mergeExpansion(g: NetGraph, exp: Expansion): void {
  const center = g.hasNode(exp.center) ? g.getNodeAttributes(exp.center) : { x: 0, y: 0 };
  const page = exp.nodes.filter((n) => n.id !== exp.center).length;
  mergeSubgraph(g, exp, center.x, center.y, 4 + Math.sqrt(page) * 2);
  exp.groups.forEach((grp, i) => {
    const moreId = `${MORE}:${exp.center}:${grp.type}`;
    if (g.hasNode(moreId)) g.dropNode(moreId);
    if (grp.more <= 0) return;
    const a = (i / Math.max(1, exp.groups.length)) * 2 * Math.PI;
    g.addNode(moreId, {
      label: MORE,
      key: exp.center,
      name: '',
      props: {},
      x: center.x + 3 * Math.cos(a),
      y: center.y + 3 * Math.sin(a),
      more: { of: exp.center, type: grp.type, shown: grp.shown, hidden: grp.more },
    });
    g.addEdgeWithKey(`${MORE_EDGE}:${exp.center}:${grp.type}`, exp.center, moreId, {
      type: MORE_EDGE,
      props: {},
    });
  });
}

/** The visible domain nodes and edges back as API shapes (for CSV/GEXF export). */
export function toSubgraph(
  g: NetGraph,
  keepNode: (n: string) => boolean,
  keepEdge: (e: string) => boolean,
): Subgraph {
  const nodes: NodeData[] = [];
  g.forEachNode((id, a) => {
    if (a.label !== MORE && keepNode(id))
      nodes.push({ id, label: a.label, key: a.key, name: a.name, props: a.props });
  });
  const edges: EdgeData[] = [];
  g.forEachEdge((id, a, source, target) => {
    if (a.type !== MORE_EDGE && keepEdge(id) && keepNode(source) && keepNode(target))
      edges.push({ id, type: a.type, source, target, props: a.props });
  });
  return { nodes, edges };
}
