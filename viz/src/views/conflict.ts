// Conflict-of-interest check: two parties (names or ids) → the connecting paths drawn, with per-hop evidence.
import { probe, type Ctx, type View } from '../app';
import type { CoiPath, CoiResult } from '../api/types';
import { h } from '../dom';
import { t } from '../i18n';
import { mergeSubgraph, newGraph } from '../graph/store';
import { load } from './common';
import { networkPanel, type NetworkPanel } from './net/panel';

/** Accept a pasted `Label:key` id, or search and take the best match. */
async function resolve(ctx: Ctx, text: string): Promise<string> {
  const s = text.trim();
  if (/^[A-Za-z]+:.+/.test(s)) return s;
  const [hit] = await ctx.api.search(s, 1);
  if (!hit) throw new Error(`${t('noResults')}：${s}`);
  return hit.id;
}

/** Lay each path out as a row, hop by hop from A (left) to B (right). */
function rows(paths: CoiPath[]): Map<string, { x: number; y: number }> {
  const pos = new Map<string, { x: number; y: number }>();
  paths.forEach((p, row) =>
    p.nodes.forEach((n, i) => {
      if (!pos.has(n.id))
        pos.set(n.id, { x: i * 10, y: -row * 6 + (i === 0 || i === p.nodes.length - 1 ? row * 6 : 0) });
    }),
  );
  return pos;
}

function hopList(res: CoiResult): HTMLElement {
  const head = h(
    'p',
    { 'data-testid': 'coi-summary' },
    `${t('score')} ${res.score.toFixed(2)}`,
    res.typologies.length ? ` · ${t('typologies')}：${res.typologies.join('、')}` : '',
    res.controlPct !== null ? ` · ${t('cumulative')} ${res.controlPct}%` : '',
  );
  return h(
    'div.paths',
    { 'data-testid': 'path-list' },
    head,
    res.paths.map((p, i) =>
      h(
        'section.path',
        null,
        h('h4', null, `${t('paths')} ${i + 1}（${p.hops.length}）· ${p.score.toFixed(2)}`),
        h(
          'ol.hops',
          null,
          p.hops.map((hop, k) =>
            h(
              'li',
              null,
              h('small.muted', null, `${t('hop', { n: k + 1 })} `),
              hop.text,
              hop.source ? h('small.muted', null, ` · ${t('source')}：${hop.source}`) : null,
            ),
          ),
        ),
      ),
    ),
  );
}

function draw(p: NetworkPanel, paths: CoiPath[]): void {
  for (const path of paths)
    mergeSubgraph(p.view.graph, { nodes: path.nodes, edges: path.hops.map((x) => x.edge) });
  p.state.pathNodes = new Set(paths.flatMap((x) => x.nodes.map((n) => n.id)));
  p.state.pathEdges = new Set(paths.flatMap((x) => x.hops.map((e) => e.edge.id)));
  p.changed();
  p.view.place(rows(paths));
  p.view.refresh();
}

export const conflictView: View = (root, ctx, _arg, params) => {
  const a = h('input', { placeholder: t('partyA'), value: params.get('a') ?? '', 'data-testid': 'party-a' });
  const b = h('input', { placeholder: t('partyB'), value: params.get('b') ?? '', 'data-testid': 'party-b' });
  const hops = h('input', {
    type: 'number',
    min: 1,
    max: 8,
    value: params.get('hops') ?? '6',
    class: 'hops',
  });
  const out = h('div.conflict-out');
  const host = h('div.net-host');
  let panel: NetworkPanel | null = null;
  const check = async () => {
    panel?.kill();
    host.replaceChildren();
    const res = await load(out, async () =>
      ctx.api.coi(await resolve(ctx, a.value), await resolve(ctx, b.value), Number(hops.value)),
    );
    if (!res) return;
    if (!res.paths.length) return void out.append(h('p.muted', { 'data-testid': 'no-path' }, t('noPath')));
    out.append(hopList(res));
    panel = networkPanel(host, newGraph(), { api: ctx.api, title: 'conflict' });
    draw(panel, res.paths);
    probe().view = panel.view;
    probe().ready = true;
  };
  const form = h(
    'form.conflict-form',
    { onsubmit: (e: Event) => (e.preventDefault(), void check()) },
    a,
    b,
    h('label', null, t('maxHops'), hops),
    h('button', { type: 'submit', 'data-testid': 'check' }, t('check')),
  );
  root.append(
    h('h2', null, t('conflict')),
    form,
    h('div.conflict-view', null, host, h('aside.net-right', null, out)),
  );
  if (a.value && b.value) void check();
  return () => panel?.kill();
};
