// Search by name or id, then the entity card: attributes (masked as the key's role requires) and actions.
import type { View } from '../app';
import type { Entity, NodeData } from '../api/types';
import { h } from '../dom';
import { t } from '../i18n';
import { nodeDef, propName } from '../model';
import { load, typeBadge } from './common';

function card(e: Entity, go: (hash: string) => void): HTMLElement {
  const { node } = e;
  const rows = Object.entries(node.props)
    .filter(([k]) => k !== 'name')
    .map(([k, v]) =>
      h(
        'tr',
        null,
        h('th', null, propName(node.label, k)),
        h(
          'td',
          { class: e.masked.includes(k) ? 'masked' : '' },
          String(v ?? ''),
          e.masked.includes(k) ? ' 🔒' : '',
        ),
      ),
    );
  const id = encodeURIComponent(node.id);
  return h(
    'article.card',
    { 'data-testid': 'entity-card' },
    h('header', null, typeBadge(node.label), h('h2', null, node.name)),
    h('p.muted', null, node.key),
    h(
      'table.attrs',
      null,
      h('caption', null, t('attributes')),
      h(
        'tr',
        null,
        h('th', null, propName(node.label, nodeDef(node.label)?.key ?? 'key')),
        h('td', null, node.key),
      ),
      rows,
    ),
    h(
      'div.actions',
      null,
      h(
        'button',
        { type: 'button', 'data-testid': 'open-network', onclick: () => go(`#/network/${id}`) },
        t('openNetwork'),
      ),
      node.label === 'Company'
        ? h(
            'button',
            { type: 'button', 'data-testid': 'open-ownership', onclick: () => go(`#/network/${id}?tree=1`) },
            t('ownership'),
          )
        : null,
    ),
  );
}

function results(items: NodeData[], q: string): HTMLElement {
  if (!items.length) return h('p.muted', null, t('noResults'));
  return h(
    'ul.results',
    { 'data-testid': 'search-results' },
    items.map((n) =>
      h(
        'li',
        null,
        h(
          'a',
          { href: `#/entity/${encodeURIComponent(n.id)}?q=${encodeURIComponent(q)}` },
          typeBadge(n.label),
          ' ',
          n.name,
          h('small.muted', null, ` ${n.key}`),
        ),
      ),
    ),
  );
}

export const searchView: View = (root, ctx, arg, params) => {
  const input = h('input.search', {
    type: 'search',
    placeholder: t('searchPlaceholder'),
    value: params.get('q') ?? '',
    'data-testid': 'search-input',
  });
  const list = h('div.search-list');
  const detail = h('div.search-detail');
  const run = async () => {
    const q = input.value.trim();
    if (!q) return;
    const items = await load(list, () => ctx.api.search(q));
    if (items) list.append(results(items, q));
  };
  const form = h(
    'form.search-form',
    { onsubmit: (e: Event) => (e.preventDefault(), void run()) },
    input,
    h('button', { type: 'submit', 'data-testid': 'search-submit' }, t('search')),
  );
  root.append(h('div.split', null, h('section.left', null, form, list), h('section.right', null, detail)));
  if (input.value) void run();
  if (arg) void load(detail, () => ctx.api.entity(arg)).then((e) => e && detail.append(card(e, ctx.go)));
  input.focus();
};
