// Benchmark view (#/bench?n=5000&m=20000): the real network panel on a synthetic graph, with timing marks.
import { probe, type View } from '../app';
import { h } from '../dom';
import { syntheticGraph } from '../fixture/synthetic';
import { newGraph } from '../graph/store';
import { networkPanel } from './net/panel';

export const benchView: View = (root, ctx, _arg, params) => {
  performance.mark('mj-bench-start');
  const n = Number(params.get('n') ?? 5000);
  const m = Number(params.get('m') ?? 20000);
  const sub = syntheticGraph(n, m);
  const graph = newGraph();
  graph.import({
    nodes: sub.nodes.map((x) => ({
      key: x.id,
      attributes: {
        label: x.label,
        key: x.key,
        name: x.name,
        props: x.props,
        ...(sub.pos.get(x.id) as { x: number; y: number }),
      },
    })),
    edges: sub.edges.map((e) => ({
      key: e.id,
      source: e.source,
      target: e.target,
      attributes: { type: e.type, props: e.props },
    })),
  });
  const host = h('div.net-host');
  root.append(host);
  const p = networkPanel(host, graph, { api: ctx.api, expandable: false, title: 'bench' });
  // The renderer has drawn its first frame synchronously; interactive once the main thread is free again.
  p.view.sigma.refresh();
  performance.mark('mj-first-render');
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.mark('mj-interactive');
      probe().ready = true;
    }, 0),
  );
  if (params.get('layout') !== '0') p.view.startForce(Number(params.get('layoutMs') ?? 4000));
  probe().view = p.view;
  return () => p.kill();
};
