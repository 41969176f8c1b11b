// How an edge reads: its short label on the canvas and its sentence as path evidence (中文 first).
import type { EdgeData, NodeData } from '../api/types';
import { lang } from '../i18n';
import { relDef, relName } from '../model';

/** Enum value → its first 中文 name from the model (e.g. RELATIVE_OF.relation spouse → 配偶). */
function enumName(type: string, prop: string, value: unknown): string {
  const values = relDef(type)?.props[prop]?.values;
  const names = values?.[String(value)];
  return lang() === 'zh' && names ? names[0] : String(value);
}

/** The facts an edge carries, as a short string: `60%`, `配偶`, `科长`. */
export function edgeFacts(type: string, props: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof props.share_pct === 'number') parts.push(`${+props.share_pct.toFixed(2)}%`);
  if (props.relation !== undefined) parts.push(enumName(type, 'relation', props.relation));
  if (props.role !== undefined) parts.push(String(props.role));
  if (props.position !== undefined) parts.push(String(props.position));
  return parts.join(' ');
}

/** Edge label on the canvas: relationship name plus its facts. */
export function edgeLabel(type: string, props: Record<string, unknown>): string {
  const facts = edgeFacts(type, props);
  return facts ? `${relName(type)} ${facts}` : relName(type);
}

/** One hop of a path as a sentence, in the direction the edge is stored, with its dates. */
export function hopText(edge: EdgeData, nodes: Map<string, NodeData>, identifier?: string): string {
  const from = nodes.get(edge.source)?.name ?? edge.source;
  const to = nodes.get(edge.target)?.name ?? identifier ?? edge.target;
  const facts = edgeFacts(edge.type, edge.props);
  const when = [edge.props.since ?? edge.props.start, edge.props.end].filter(Boolean).join(' 至 ');
  const dated = when ? `（${lang() === 'zh' ? '自' : 'since '}${when}）` : '';
  if (edge.type === 'RELATIVE_OF') {
    return lang() === 'zh' ? `${from} 与 ${to} 为${facts || '亲属'}关系` : `${from} is ${facts} of ${to}`;
  }
  const rel = relName(edge.type);
  return `${from} —${rel}${facts ? ` ${facts}` : ''}→ ${to}${dated}`;
}
