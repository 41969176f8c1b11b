// Network view: start from an entity (or an alert's subjects), expand by double-click, 股权穿透 tree on demand.
import { probe, type Ctx, type View } from '../app';
import type { AlertDetail } from '../api/types';
import { h } from '../dom';
import { t } from '../i18n';
import { propName } from '../model';
import { mergeSubgraph, newGraph } from '../graph/store';
import { load, typeBadge } from './common';
import { networkPanel, type NetworkPanel } from './net/panel';
import { applyTree } from './net/toolbar';

/** The selected node's card; neighbours come without properties, so they are read from the API on demand. */
function selectionCard(
  ctx: Ctx,
  p: NetworkPanel,
  el: HTMLElement,
  node: string | null,
  props?: Record<string, unknown>,
): void {
  if (!node || !p.view.graph.hasNode(node) || node.startsWith('More:')) return el.replaceChildren();
  const a = p.view.graph.getNodeAttributes(node);
  if (!props && Object.keys(a.props).length === 0) {
    void ctx.api.entity(node).then(
      (e) => p.state.selected === node && selectionCard(ctx, p, el, node, e.node.props),
      () => undefined,
    );
  }
  const rows = Object.entries(props ?? a.props)
    .filter(([k]) => k !== 'name')
    .slice(0, 8);
  el.replaceChildren(
    h(
      'div.sel-card',
      { 'data-testid': 'selection' },
      typeBadge(a.label),
      h('strong', null, ` ${a.name}`),
      h(
        'dl',
        null,
        rows.flatMap(([k, v]) => [h('dt', null, propName(a.label, k)), h('dd', null, String(v))]),
      ),
      h('a', { href: `#/entity/${encodeURIComponent(node)}` }, t('attributes')),
      ' · ',
      a.label === 'Company'
        ? h('a', { href: `#/network/${encodeURIComponent(node)}?tree=1` }, t('ownership'))
        : null,
    ),
  );
}

async function openAlert(ctx: Ctx, p: NetworkPanel, alertId: string): Promise<void> {
  const alert: AlertDetail = await ctx.api.alert(alertId);
  const ids = alert.subjects.map((s) => s.id);
  for (const id of ids) await p.expand(id);
  p.state.focus = new Set(ids);
  p.info.textContent = alert.title;
  p.view.refresh();
}

const graphName = (p: NetworkPanel, id: string) =>
  p.view.graph.hasNode(id) ? p.view.graph.getNodeAttribute(id, 'name') : id;

async function start(ctx: Ctx, p: NetworkPanel, arg: string, params: URLSearchParams): Promise<void> {
  const alertId = params.get('alert');
  if (alertId) return openAlert(ctx, p, alertId);
  if (params.get('tree')) {
    const own = await ctx.api.ownership(arg);
    mergeSubgraph(p.view.graph, own.graph);
    p.changed();
    p.state.focus = new Set([arg]);
    applyTree(p.view, arg, new Map(Object.entries(own.cumulative)));
    p.info.textContent = own.controller
      ? `${t('controller')}：${graphName(p, own.controller)}`
      : t('ownership');
    return;
  }
  await p.expand(arg);
  p.state.selected = arg;
  p.view.refresh();
}

export const networkView: View = (root, ctx, arg, params) => {
  if (!arg && !params.get('alert')) {
    root.append(h('p.muted.center', null, `${t('search')} → ${t('openNetwork')}`));
    return;
  }
  const status = h('div.status');
  const selection = h('div.selection');
  const host = h('div.net-host');
  root.append(h('div.network-view', null, host, h('aside.net-right', null, status, selection)));
  const graph = newGraph();
  const p = networkPanel(host, graph, {
    api: ctx.api,
    expandable: true,
    root: arg || undefined,
    title: 'network',
    onSelect: (n) => selectionCard(ctx, p, selection, n),
  });
  probe().view = p.view;
  void load(status, () => start(ctx, p, arg, params).then(() => true)).then((ok) => {
    if (!ok) return;
    status.textContent = `${graph.order} ${t('nodes')} · ${graph.size} ${t('edges')}`;
    probe().ready = true;
  });
  return () => {
    probe().ready = false;
    p.kill();
  };
};
