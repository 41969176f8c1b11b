// A network view's renderer: sigma (WebGL) + ForceAtlas2 in a web worker; `kill()` releases both.
import Sigma from 'sigma';
import {
  createNodeCompoundProgram,
  EdgeArrowProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
  type NodeProgramType,
  type EdgeProgramType,
} from 'sigma/rendering';
import { createNodeImageProgram } from '@sigma/node-image';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { edgeReducer, nodeReducer } from './reducers';
import type { ViewState } from './state';
import type { NetGraph, NodeAttrs, EdgeAttrs } from './store';

export const LABEL_FONT =
  '"Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", sans-serif';

const pictogram = createNodeCompoundProgram<NodeAttrs, EdgeAttrs>([
  NodeCircleProgram as NodeProgramType<NodeAttrs, EdgeAttrs>,
  createNodeImageProgram<NodeAttrs, EdgeAttrs>({
    padding: 0.22,
    size: { mode: 'force', value: 128 },
    drawingMode: 'color',
    colorAttribute: 'pictoColor',
    keepWithinCircle: true,
  }),
]);

export const RENDER_DEFAULTS = {
  /** Milliseconds ForceAtlas2 runs after a change before it stops by itself. */
  layoutMs: 4000,
  /** Above this many nodes the view draws plain circles and lines without edge labels (level of detail). */
  largeGraph: 1500,
};

export class GraphView {
  readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;
  private fa2: FA2Layout<NodeAttrs, EdgeAttrs> | null = null;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    container: HTMLElement,
    readonly graph: NetGraph,
    readonly state: ViewState,
  ) {
    this.sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
      nodeProgramClasses: { pictogram, circle: NodeCircleProgram as NodeProgramType<NodeAttrs, EdgeAttrs> },
      edgeProgramClasses: {
        arrow: EdgeArrowProgram as EdgeProgramType<NodeAttrs, EdgeAttrs>,
        line: EdgeRectangleProgram as EdgeProgramType<NodeAttrs, EdgeAttrs>,
      },
      defaultNodeType: 'pictogram',
      defaultEdgeType: 'arrow',
      renderEdgeLabels: true,
      labelFont: LABEL_FONT,
      edgeLabelFont: LABEL_FONT,
      labelSize: 12,
      edgeLabelSize: 10,
      labelRenderedSizeThreshold: 7,
      zIndex: true,
      doubleClickZoomingRatio: 1,
      doubleClickTimeout: 500,
      stagePadding: 60,
      nodeReducer: nodeReducer(graph, state) as never,
      edgeReducer: edgeReducer(graph, state),
    });
    this.adaptToSize();
  }

  /** Level of detail: large views trade icons, arrows and edge labels for speed. */
  private adaptToSize(): void {
    const large = this.graph.order > RENDER_DEFAULTS.largeGraph;
    if (large === this.state.lite) return;
    this.state.lite = large;
    const s = this.sigma;
    s.setSetting('defaultEdgeType', large ? 'line' : 'arrow');
    s.setSetting('renderEdgeLabels', !large);
    s.setSetting('labelRenderedSizeThreshold', large ? 14 : 7);
    s.setSetting('hideEdgesOnMove', large);
    s.setSetting('hideLabelsOnMove', large);
  }

  /** Re-render on the next frame after a UI-state change (`full` when visibility or labels changed). */
  refresh(full = true): void {
    if (full) this.adaptToSize();
    this.sigma.scheduleRefresh(full ? undefined : { layoutUnchange: true });
  }

  /** Run ForceAtlas2 in its worker for `ms` milliseconds. */
  startForce(ms = RENDER_DEFAULTS.layoutMs): void {
    if (!this.fa2) {
      const settings = forceAtlas2.inferSettings(this.graph);
      this.fa2 = new FA2Layout(this.graph, {
        settings: { ...settings, barnesHutOptimize: this.graph.order > 400, slowDown: 4, adjustSizes: false },
        getEdgeWeight: null,
      });
    }
    this.fa2.start();
    clearTimeout(this.stopTimer);
    this.stopTimer = setTimeout(() => this.stopForce(), ms);
  }

  stopForce(): void {
    clearTimeout(this.stopTimer);
    this.fa2?.stop();
  }

  isLayoutRunning(): boolean {
    return this.fa2?.isRunning() ?? false;
  }

  /** Move nodes to fixed positions (hierarchical layout); stops the force layout first. */
  place(positions: Map<string, { x: number; y: number }>): void {
    this.stopForce();
    this.graph.updateEachNodeAttributes((n, a) => {
      const p = positions.get(n);
      return p ? { ...a, x: p.x, y: p.y } : a;
    });
    this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  /** Release the WebGL contexts, listeners and the layout worker. */
  kill(): void {
    clearTimeout(this.stopTimer);
    this.fa2?.kill();
    this.fa2 = null;
    this.sigma.kill();
  }
}
