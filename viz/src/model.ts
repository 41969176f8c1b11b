// The domain model as the browser sees it: legend, captions and labels straight from model/*.ts.
import { NODES, type NodeDef } from '../../model/nodes';
import { RELATIONSHIPS, type RelDef } from '../../model/relationships';
import { pick } from './i18n';

export type { NodeLabel } from '../../model/nodes';
export type { RelType } from '../../model/relationships';

export interface LegendEntry {
  kind: 'node' | 'edge';
  type: string;
  name: string;
  color: string;
  icon?: string;
}

/** Colours per relationship typology (the model declares the typology; the picture picks the hue). */
export const TYPOLOGY_COLORS: Record<RelDef['typology'], string> = {
  kinship: '#d62728',
  ownership: '#1f77b4',
  employment: '#2ca02c',
  identifier: '#17becf',
  procurement: '#9467bd',
  finance: '#bcbd22',
  detection: '#7f7f7f',
};

export function nodeDef(label: string): NodeDef | undefined {
  return (NODES as Record<string, NodeDef>)[label];
}

export function relDef(type: string): RelDef | undefined {
  return (RELATIONSHIPS as Record<string, RelDef>)[type];
}

export function nodeName(label: string): string {
  const d = nodeDef(label);
  return d ? pick(d) : label;
}

export function relName(type: string): string {
  const d = relDef(type);
  return d ? pick(d) : type;
}

export function relColor(type: string): string {
  const d = relDef(type);
  return d ? TYPOLOGY_COLORS[d.typology] : '#999999';
}

export function propName(label: string, prop: string): string {
  return nodeDef(label)?.props[prop]?.zh ?? prop;
}

/** The legend, generated from the model; `present` limits it to what the view shows. */
export function legendEntries(present?: { labels: Set<string>; types: Set<string> }): LegendEntry[] {
  const nodes = Object.entries(NODES as Record<string, NodeDef>)
    .filter(([l, d]) => !d.derived && (!present || present.labels.has(l)))
    .map(([l, d]) => ({ kind: 'node' as const, type: l, name: pick(d), color: d.color, icon: d.icon }));
  const edges = Object.entries(RELATIONSHIPS as Record<string, RelDef>)
    .filter(([t, d]) => d.typology !== 'detection' && (!present || present.types.has(t)))
    .map(([t, d]) => ({ kind: 'edge' as const, type: t, name: pick(d), color: TYPOLOGY_COLORS[d.typology] }));
  return [...nodes, ...edges];
}

export const ALL_NODE_LABELS = Object.keys(NODES);
export const ALL_REL_TYPES = Object.keys(RELATIONSHIPS);
