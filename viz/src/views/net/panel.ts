// The network panel used by every graph view: canvas, legend/filters, time slider, toolbar and interactions.
import type { Api } from '../../api/types';
import { h } from '../../dom';
import { t } from '../../i18n';
import { allShortestPaths } from '../../graph/paths';
import { edgeVisible, nodeVisible } from '../../graph/reducers';
import { GraphView } from '../../graph/renderer';
import { initialState, type ViewState } from '../../graph/state';
import { mergeExpansion, type NetGraph } from '../../graph/store';
import { legendPanel } from './legend';
import { timeSlider } from './timeslider';
import { toolbar } from './toolbar';

export const PANEL_DEFAULTS = {
  /** Neighbours fetched per double-click; the rest hide behind an "and N more" node. */
  expandCap: 25,
  maxPathHops: 8,
};

export interface PanelOptions {
  api: Api;
  expandable?: boolean;
  /** Root for the hierarchical layout (股权穿透); also starts in that layout when `tree` is set. */
  root?: string;
  tree?: boolean;
  onSelect?: (node: string | null) => void;
  title?: string;
}

export interface NetworkPanel {
  el: HTMLElement;
  view: GraphView;
  state: ViewState;
  info: HTMLElement;
  /** Redraw legend and slider after the graph changed. */
  changed(): void;
  expand(node: string): Promise<void>;
  kill(): void;
}

/** Visible-only neighbours for path finding. */
function neighbours(g: NetGraph, s: ViewState) {
  return function* (n: string): Iterable<readonly [string, string]> {
    for (const e of g.edges(n)) {
      const other = g.opposite(n, e);
      if (edgeVisible(s, g.getEdgeAttributes(e)) && nodeVisible(s, g.getNodeAttributes(other)))
        yield [e, other];
    }
  };
}

function showPaths(p: NetworkPanel, a: string, b: string): void {
  const { state, view } = p;
  const found = allShortestPaths(neighbours(view.graph, state), a, b, {
    maxHops: PANEL_DEFAULTS.maxPathHops,
  });
  state.pathNodes = new Set(found.flatMap((x) => x.nodes));
  state.pathEdges = new Set(found.flatMap((x) => x.edges));
  p.info.textContent = found.length
    ? `${t('paths')}：${found.length} × ${found[0].edges.length} ${t('edges')}`
    : t('noPath');
  p.info.dataset.paths = String(found.length);
  view.refresh();
}

function wireEvents(p: NetworkPanel, opts: PanelOptions): void {
  const { view, state } = p;
  const s = view.sigma;
  s.on('enterNode', ({ node }) => {
    state.hovered = node;
    view.refresh(false);
  });
  s.on('leaveNode', () => {
    state.hovered = null;
    view.refresh(false);
  });
  s.on('clickNode', ({ node, event }) => {
    const shift = (event.original as MouseEvent).shiftKey;
    if (shift && state.selected && state.selected !== node) return showPaths(p, state.selected, node);
    state.selected = node;
    state.pathNodes = new Set();
    state.pathEdges = new Set();
    p.info.textContent = view.graph.getNodeAttribute(node, 'name') || node;
    opts.onSelect?.(node);
    view.refresh();
  });
  s.on('clickStage', () => {
    state.selected = null;
    state.pathNodes = new Set();
    state.pathEdges = new Set();
    p.info.textContent = opts.expandable ? t('expandHint') : '';
    opts.onSelect?.(null);
    view.refresh();
  });
  s.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
    preventSigmaDefault();
    if (opts.expandable) void p.expand(node);
  });
}

/** Build the panel inside `parent` (sigma needs a sized container, so it mounts first). */
export function networkPanel(parent: HTMLElement, graph: NetGraph, opts: PanelOptions): NetworkPanel {
  const canvas = h('div.net-canvas', { 'data-testid': 'net-canvas' });
  const info = h('div.net-info', { 'data-testid': 'net-info' }, opts.expandable ? t('expandHint') : '');
  const side = h('aside.net-side');
  const top = h('div.net-toolbar');
  const el = h(
    'section.net',
    null,
    top,
    h('div.net-body', null, side, h('div.net-main', null, canvas, info)),
  );
  parent.append(el);
  const state = initialState();
  const view = new GraphView(canvas, graph, state);
  const resize = new ResizeObserver(() => view.sigma.resize());
  resize.observe(canvas);
  const parts: { refresh(): void }[] = [];
  const panel: NetworkPanel = {
    el,
    view,
    state,
    info,
    changed: () => parts.forEach((x) => x.refresh()),
    expand: async (node: string) => {
      const more = graph.hasNode(node) ? graph.getNodeAttribute(node, 'more') : undefined;
      const exp = more
        ? await opts.api.expand(more.of, {
            types: [more.type],
            perType: more.shown + PANEL_DEFAULTS.expandCap,
          })
        : await opts.api.expand(node, { perType: PANEL_DEFAULTS.expandCap });
      mergeExpansion(graph, exp);
      panel.changed();
      view.startForce();
    },
    kill: () => {
      resize.disconnect();
      view.kill();
    },
  };
  const legend = legendPanel(view);
  const slider = timeSlider(view);
  parts.push(legend, slider);
  side.append(legend.el, slider.el);
  top.append(toolbar(view, { root: opts.root, title: opts.title ?? 'mingjing' }));
  wireEvents(panel, opts);
  return panel;
}
