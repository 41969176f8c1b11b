// Alerts inbox: filter by level, status, rule and region; open an alert beside the list.
import type { View } from '../app';
import { INBOX, WORKFLOW, type AlertFilter, type AlertItem } from '../api/types';
import { h } from '../dom';
import { lang, t } from '../i18n';
import { alertDetail, STATUS_ZH } from './alert-detail';
import { levelBadge, load } from './common';

function select(name: string, label: string, options: [string, string][], value: string): HTMLSelectElement {
  return h(
    'select',
    { name, 'aria-label': label, 'data-filter': name },
    h('option', { value: '' }, `${label}：${t('all')}`),
    options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
  );
}

function table(items: AlertItem[], open: (id: string) => void): HTMLElement {
  return h(
    'table.alerts',
    { 'data-testid': 'alert-list' },
    h(
      'tr',
      null,
      [t('level'), t('alerts'), t('rule'), t('status'), t('score')].map((x) => h('th', null, x)),
    ),
    items.map((a) =>
      h(
        'tr',
        { 'data-alert': a.id, onclick: () => open(a.id) },
        h('td', null, levelBadge(a.level)),
        h('td', null, a.title),
        h('td', null, a.rule),
        h('td', null, STATUS_ZH[a.status]?.[lang() === 'zh' ? 0 : 1] ?? a.status),
        h('td', null, a.score.toFixed(2)),
      ),
    ),
  );
}

export const alertsView: View = (root, ctx, _arg, params) => {
  const statusOpts: [string, string][] = [
    [INBOX.join(','), lang() === 'zh' ? '收件箱（待处理）' : 'Inbox'],
    ...WORKFLOW.map((w): [string, string] => [w, STATUS_ZH[w][lang() === 'zh' ? 0 : 1]]),
  ];
  const filters = {
    level: select(
      'level',
      t('level'),
      ['一级', '二级', '三级'].map((l) => [l, l]),
      params.get('level') ?? '',
    ),
    status: select('status', t('status'), statusOpts, params.get('status') ?? INBOX.join(',')),
    rule: select('rule', t('rule'), [], params.get('rule') ?? ''),
    region: h('input', {
      name: 'region',
      placeholder: t('region'),
      value: params.get('region') ?? '',
      'data-filter': 'region',
    }),
  };
  const list = h('div.alert-list');
  const detail = h('div.alert-side');
  const known = new Set<string>();
  const refresh = async () => {
    const f: AlertFilter = Object.fromEntries(
      Object.entries(filters).map(([k, s]) => [k, s.value || undefined]),
    );
    const items = await load(list, () => ctx.api.alerts(f));
    if (!items) return;
    for (const a of items) {
      if (known.has(a.rule)) continue;
      known.add(a.rule);
      filters.rule.append(h('option', { value: a.rule }, a.rule));
    }
    list.append(h('p.muted', { 'data-testid': 'alert-count' }, `${items.length}`), table(items, open));
  };
  const open = (id: string) => void alertDetail(detail, ctx, id, () => void refresh());
  Object.values(filters).forEach((s) => s.addEventListener('change', () => void refresh()));
  root.append(
    h('h2', null, t('alerts')),
    h('div.filters', null, Object.values(filters)),
    h('div.split', null, h('section.left', null, list), h('section.right', null, detail)),
  );
  void refresh();
  const first = params.get('open');
  if (first) open(first);
};
