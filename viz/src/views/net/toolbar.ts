// Network toolbar: layouts (force / 股权穿透 tree), edge labels, and exports of the current view.
import { download, h } from '../../dom';
import { t } from '../../i18n';
import { toCsv, toGexf, toPng } from '../../graph/export';
import { cumulativeShares, treePositions, type Holding } from '../../graph/ownership';
import { edgeVisible, nodeVisible } from '../../graph/reducers';
import type { GraphView } from '../../graph/renderer';
import { toSubgraph } from '../../graph/store';

function holdings(view: GraphView): Holding[] {
  const out: Holding[] = [];
  view.graph.forEachEdge((_, a, source, target) => {
    if (a.type === 'HOLDS_SHARES')
      out.push({ holder: source, company: target, pct: Number(a.props.share_pct ?? 0) });
  });
  return out;
}

/** Hierarchical ownership layout around `root`, labelling each party with its cumulative share. */
export function applyTree(view: GraphView, root: string, cumulative?: Map<string, number>): void {
  const hs = holdings(view);
  view.state.cumulative = cumulative ?? cumulativeShares(hs, root);
  view.place(treePositions(hs, root, view.graph.nodes()));
  view.refresh();
}

export function visibleSubgraph(view: GraphView) {
  const { graph, state } = view;
  return toSubgraph(
    graph,
    (n) => nodeVisible(state, graph.getNodeAttributes(n)),
    (e) => edgeVisible(state, graph.getEdgeAttributes(e)),
  );
}

export function toolbar(view: GraphView, opts: { root?: string; title: string }): HTMLElement {
  const btn = (label: string, testid: string, onclick: () => void) =>
    h('button', { type: 'button', 'data-testid': testid, onclick }, label);
  const stamp = () => `${opts.title}-${new Date().toISOString().slice(0, 10)}`;
  return h(
    'div.toolbar',
    null,
    btn(t('layoutForce'), 'layout-force', () => {
      view.state.cumulative = null;
      view.startForce();
    }),
    btn(t('layoutTree'), 'layout-tree', () => {
      const root = view.state.selected ?? opts.root;
      if (root) applyTree(view, root);
    }),
    btn(t('stopLayout'), 'layout-stop', () => view.stopForce()),
    h(
      'label.toggle',
      null,
      h('input', {
        type: 'checkbox',
        checked: true,
        onchange: (e: Event) => {
          view.state.edgeLabels = (e.target as HTMLInputElement).checked;
          view.refresh();
        },
      }),
      t('edges'),
    ),
    h('span.spacer'),
    btn(
      t('exportPng'),
      'export-png',
      () => void toPng(view.sigma).then((b) => download(`${stamp()}.png`, b)),
    ),
    btn(t('exportCsv'), 'export-csv', () => {
      const { nodes, edges } = toCsv(visibleSubgraph(view));
      download(`${stamp()}-nodes.csv`, nodes, 'text/csv;charset=utf-8');
      download(`${stamp()}-edges.csv`, edges, 'text/csv;charset=utf-8');
    }),
    btn(t('exportGexf'), 'export-gexf', () => {
      const gexf = toGexf(visibleSubgraph(view), (id) => view.graph.getNodeAttributes(id));
      download(`${stamp()}.gexf`, gexf, 'application/xml');
    }),
  );
}
