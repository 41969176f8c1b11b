// Sigma reducers: every visual attribute (colour, size, icon, label, hidden, highlight) derived from UI state.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { t } from '../i18n';
import { nodeDef, relColor, relName } from '../model';
import { edgeLabel } from './describe';
import { iconFor } from './icons';
import type { ViewState } from './state';
import { MORE, MORE_EDGE, type EdgeAttrs, type NetGraph, type NodeAttrs } from './store';
import { existsAt } from './time';

export const COMMUNITY_COLORS = [
  '#e6194b',
  '#3cb44b',
  '#4363d8',
  '#f58231',
  '#911eb4',
  '#42d4f4',
  '#f032e6',
  '#9a6324',
];
const DIM = '#e4e4e4';

type NodeOut = Partial<NodeDisplayData> & { image?: string; pictoColor?: string };

/** Whether a node is shown under the type filter and the time slider. */
export function nodeVisible(s: ViewState, a: NodeAttrs): boolean {
  if (a.label === MORE) return !s.hiddenLabels.has(MORE);
  return !s.hiddenLabels.has(a.label) && existsAt(a.props, s.asOf);
}

export function edgeVisible(s: ViewState, a: EdgeAttrs): boolean {
  return !s.hiddenTypes.has(a.type) && existsAt(a.props, s.asOf);
}

function baseNode(g: NetGraph, node: string, a: NodeAttrs, s: ViewState): NodeOut {
  if (a.label === MORE) {
    return {
      x: a.x,
      y: a.y,
      size: 7,
      color: '#9e9e9e',
      label: `${relName(a.more?.type ?? '')} ${t('more', { n: a.more?.hidden ?? 0 })}`,
      type: 'circle',
    };
  }
  const def = nodeDef(a.label);
  const community = s.communities?.get(node);
  const color =
    community === undefined ? (def?.color ?? '#999') : COMMUNITY_COLORS[community % COMMUNITY_COLORS.length];
  const cum = s.cumulative?.get(node);
  const label = cum === undefined ? a.name : `${a.name} · ${+cum.toFixed(2)}%`;
  const size = 9 + Math.min(10, Math.sqrt(g.degree(node)) * 2);
  return {
    x: a.x,
    y: a.y,
    size,
    color,
    label,
    image: iconFor(a.label),
    pictoColor: '#ffffff',
    type: 'pictogram',
  };
}

/** Build the node reducer for a view; `s` is read on every render. */
export function nodeReducer(g: NetGraph, s: ViewState) {
  return (node: string, a: NodeAttrs): NodeOut => {
    const out = baseNode(g, node, a, s);
    if (!nodeVisible(s, a)) return { ...out, hidden: true };
    const pathMode = s.pathNodes.size > 0;
    const hovered = s.hovered;
    if (pathMode && !s.pathNodes.has(node))
      return { ...out, color: DIM, label: '', image: undefined, type: 'circle' };
    if (hovered && !pathMode && node !== hovered && !g.areNeighbors(node, hovered)) {
      return { ...out, color: DIM, label: '', type: 'circle', zIndex: 0 };
    }
    if (s.focus && !s.focus.has(node) && !pathMode) out.color = mix(out.color ?? '#999');
    if (node === s.selected || node === hovered || s.pathNodes.has(node) || s.focus?.has(node)) {
      out.highlighted = node === s.selected || node === hovered;
      out.forceLabel = true;
      out.zIndex = 2;
    }
    return out;
  };
}

/** Build the edge reducer for a view. */
export function edgeReducer(g: NetGraph, s: ViewState) {
  return (edge: string, a: EdgeAttrs): Partial<EdgeDisplayData> => {
    if (a.type === MORE_EDGE) return { color: '#cccccc', size: 1, label: '' };
    const out: Partial<EdgeDisplayData> = {
      color: relColor(a.type),
      size: a.type === 'HOLDS_SHARES' ? 1 + Math.min(3, Number(a.props.share_pct ?? 0) / 30) : 1,
      label: s.edgeLabels && !s.lite ? edgeLabel(a.type, a.props) : '',
    };
    if (!edgeVisible(s, a)) return { ...out, hidden: true };
    if (s.pathEdges.size > 0) {
      return s.pathEdges.has(edge)
        ? { ...out, size: 4, forceLabel: true, zIndex: 2 }
        : { ...out, color: DIM, label: '' };
    }
    if (s.hovered && !g.hasExtremity(edge, s.hovered)) return { ...out, hidden: true };
    if (s.hovered) return { ...out, size: (out.size ?? 1) + 1, forceLabel: true };
    return out;
  };
}

/** A lighter tint of a colour (for nodes outside the focus). */
function mix(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const ch = (v: number) => Math.round(v + (255 - v) * 0.6);
  const [r, g, b] = [ch((n >> 16) & 255), ch((n >> 8) & 255), ch(n & 255)];
  return `#${((r << 16) | (g << 8) | b).toString(16).padStart(6, '0')}`;
}
