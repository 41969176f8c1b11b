// UI state of a network view; reducers read it, nothing in it is written to the graph.

export interface ViewState {
  hovered: string | null;
  selected: string | null;
  /** Nodes and edges of the highlighted shortest paths (empty when none). */
  pathNodes: Set<string>;
  pathEdges: Set<string>;
  hiddenLabels: Set<string>;
  hiddenTypes: Set<string>;
  /** Show the network as of this ISO date (null: all dates). */
  asOf: string | null;
  /** Community index per node id: colours members by community (ring view). */
  communities: Map<string, number> | null;
  /** Nodes to emphasise (ring members, alert subjects); others are drawn lighter. */
  focus: Set<string> | null;
  /** Cumulative share % per node relative to the ownership root (股权穿透). */
  cumulative: Map<string, number> | null;
  edgeLabels: boolean;
  /** Level of detail for large views: plain circles, no icons (set by the renderer from the graph's size). */
  lite: boolean;
}

export function initialState(): ViewState {
  return {
    hovered: null,
    selected: null,
    pathNodes: new Set(),
    pathEdges: new Set(),
    hiddenLabels: new Set(),
    hiddenTypes: new Set(),
    asOf: null,
    communities: null,
    focus: null,
    cumulative: null,
    edgeLabels: true,
    lite: false,
  };
}
