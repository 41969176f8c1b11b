// Ring views: the list of detected rings, and one ring with its network by community, evidence and bid chart.
import { probe, type View } from '../app';
import type { Evidence, RingDetail, RingSummary } from '../api/types';
import { ringDetail } from '../api/compose';
import { h } from '../dom';
import { t } from '../i18n';
import { COMMUNITY_COLORS } from '../graph/reducers';
import { mergeSubgraph, newGraph } from '../graph/store';
import { bidChart } from './bidchart';
import { levelBadge, load, nodeId } from './common';
import { networkPanel } from './net/panel';
import { printRingReport } from './report';

export function ringCard(r: RingSummary): HTMLElement {
  return h(
    'li.ring-card',
    { 'data-testid': 'ring-card' },
    h(
      'a',
      { href: `#/ring/${encodeURIComponent(r.id)}` },
      levelBadge(r.level),
      ` ${t('score')} ${r.score.toFixed(2)} · `,
      r.members.map((m) => m.name).join('、'),
    ),
    h('p.muted', null, r.evidence[0]?.text ?? ''),
  );
}

export const ringsView: View = (root, ctx) => {
  const list = h('ul.rings');
  root.append(h('h2', null, t('rings')), list);
  void load(list, () => ctx.api.rings()).then((rs) => rs && list.append(...rs.map(ringCard)));
};

export function evidenceList(evidence: Evidence[]): HTMLElement {
  return h(
    'ol.evidence',
    { 'data-testid': 'evidence' },
    evidence.map((e) =>
      h(
        'li',
        null,
        h('span', null, e.text),
        e.weight !== undefined ? h('small.muted', null, ` (${(e.weight * 100).toFixed(0)}%)`) : null,
        (e.refs ?? []).length
          ? h(
              'div.refs',
              null,
              (e.refs ?? []).map((r) =>
                h(
                  'a.ref',
                  { href: `#/entity/${encodeURIComponent(nodeId(r.label, r.key))}`, 'data-ref': r.key },
                  r.key,
                ),
              ),
            )
          : null,
      ),
    ),
  );
}

function showRing(root: HTMLElement, ctx: Parameters<View>[1], r: RingDetail): () => void {
  const communities = new Map(r.members.map((m) => [nodeId('Company', m.uscc), r.communities[m.uscc] ?? 0]));
  const colorOf = (uscc: string) => COMMUNITY_COLORS[(r.communities[uscc] ?? 0) % COMMUNITY_COLORS.length];
  const host = h('div.net-host.ring-net');
  const side = h(
    'aside.ring-side',
    null,
    h('header', null, levelBadge(r.level), h('strong', null, ` ${t('score')} ${r.score.toFixed(2)}`)),
    h('h3', null, t('members')),
    h(
      'ul.members',
      { 'data-testid': 'ring-members' },
      r.members.map((m) =>
        h(
          'li',
          null,
          h('span.dot', { style: { background: colorOf(m.uscc) } }),
          h('a', { href: `#/entity/${encodeURIComponent(nodeId('Company', m.uscc))}` }, m.name),
        ),
      ),
    ),
    h('h3', null, t('evidence')),
    evidenceList(r.evidence),
    h('h3', null, t('tenders')),
    h(
      'p.tenders',
      null,
      r.tenders.map((k) => h('a.ref', { href: `#/entity/${encodeURIComponent(nodeId('Tender', k))}` }, k)),
    ),
    h(
      'div.actions',
      null,
      r.id
        ? h(
            'a.button',
            { href: `#/alerts?open=${encodeURIComponent(r.id)}`, 'data-testid': 'ring-alert' },
            t('alerts'),
          )
        : null,
      h(
        'button',
        { type: 'button', 'data-testid': 'print-report', onclick: () => void printRingReport(r, p.view) },
        t('printReport'),
      ),
    ),
  );
  root.append(
    h(
      'div.ring-view',
      { 'data-testid': 'ring-view' },
      h('div.ring-main', null, host, bidChart(r.bids, new Set(r.members.map((m) => m.uscc)), colorOf)),
      side,
    ),
  );
  const graph = newGraph();
  mergeSubgraph(graph, r.graph);
  const p = networkPanel(host, graph, { api: ctx.api, expandable: true, title: `ring-${r.id}` });
  p.state.communities = communities;
  p.state.focus = new Set(communities.keys());
  p.changed();
  p.view.startForce(3000);
  probe().view = p.view;
  probe().ready = true;
  return () => p.kill();
}

export const ringView: View = (root, ctx, arg) => {
  let kill: (() => void) | undefined;
  let gone = false;
  void load(root, () => ringDetail(ctx.api, arg)).then((r) => {
    if (r && !gone) kill = showRing(root, ctx, r);
  });
  return () => {
    gone = true;
    kill?.();
  };
};
