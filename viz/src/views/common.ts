// Small view helpers: async loading with an error line, badges, number formats.
import { h } from '../dom';
import { t } from '../i18n';
import { nodeDef, nodeName } from '../model';

/** Show a loading line in `el`, run `fn`, and show the error instead if it fails. */
export async function load<T>(el: HTMLElement, fn: () => Promise<T>): Promise<T | null> {
  el.replaceChildren(h('p.muted', null, t('loading')));
  try {
    const v = await fn();
    el.replaceChildren();
    return v;
  } catch (err) {
    el.replaceChildren(h('p.error', { role: 'alert' }, `${t('error')}：${(err as Error).message}`));
    return null;
  }
}

export function typeBadge(label: string): HTMLElement {
  const d = nodeDef(label);
  return h(
    'span.type-badge',
    { style: { background: d?.color ?? '#999' } },
    `${d?.icon ?? ''} ${nodeName(label)}`,
  );
}

export function levelBadge(level: string): HTMLElement {
  return h(`span.level.level-${['一级', '二级', '三级'].indexOf(level) + 1}`, null, level);
}

export const yuan = (v: number) => (v >= 1e4 ? `${(v / 1e4).toFixed(1)} 万元` : `${v.toFixed(0)} 元`);

/** A node id `Label:key` from the label and key of a subject or ref. */
export const nodeId = (label: string, key: string) => `${label}:${key}`;
