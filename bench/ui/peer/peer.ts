// The benchmark's peer: the same synthetic graph in a minimal sigma page (no reducers, icons, labels or layout).
import Graph from 'graphology';
import Sigma from 'sigma';
import { syntheticGraph } from '../../../viz/src/fixture/synthetic';

performance.mark('mj-bench-start');
const q = new URLSearchParams(location.search);
const sub = syntheticGraph(Number(q.get('n') ?? 5000), Number(q.get('m') ?? 20000));
const graph = new Graph({ multi: true });
for (const n of sub.nodes)
  graph.addNode(n.id, { ...sub.pos.get(n.id), size: 4, color: '#1f77b4', label: n.name });
for (const e of sub.edges) graph.addEdgeWithKey(e.id, e.source, e.target, { color: '#cccccc' });
const sigma = new Sigma(graph, document.getElementById('c') as HTMLElement);
const probe = { ready: false, view: { sigma } };
(window as unknown as { __mingjing: unknown }).__mingjing = probe;
// The constructor has drawn the first frame synchronously; interactive once the main thread is free again.
sigma.refresh();
performance.mark('mj-first-render');
requestAnimationFrame(() =>
  setTimeout(() => {
    performance.mark('mj-interactive');
    probe.ready = true;
  }, 0),
);
