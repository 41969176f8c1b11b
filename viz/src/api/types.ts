// Shapes the workbench reads from the API (/api/v1); node ids are `Label:key` (e.g. `Company:9133…`).
import type { Evidence, Level, RingMember, Subject } from '../../../detect/types';

export type { Evidence, Level, RingMember, Subject };

export interface NodeData {
  id: string;
  label: string;
  key: string;
  name: string;
  props: Record<string, unknown>;
}

export interface EdgeData {
  id: string;
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

export interface Subgraph {
  nodes: NodeData[];
  edges: EdgeData[];
}

/** A page of a node's neighbours: `total` neighbours exist, this page starts at `offset`. */
export interface Expansion extends Subgraph {
  center: string;
  total: number;
  offset: number;
}

export interface Entity {
  node: NodeData;
  /** Properties the API masked for this key's role. */
  masked: string[];
  degree: number;
}

export interface PathResult {
  nodes: NodeData[];
  edges: EdgeData[];
  /** One 中文 sentence per hop, e.g. 「张三 持股 某公司 60%」. */
  hops: string[];
}

export interface RingSummary {
  id: string;
  score: number;
  level: Level;
  members: RingMember[];
  evidence: Evidence[];
  signals: Record<string, number>;
  tenders: string[];
  alertId?: string;
}

export interface BidRow {
  tender_id: string;
  tender_name?: string;
  bidder_uscc: string;
  bidder_name?: string;
  price: number;
  is_winner: boolean;
}

export interface RingDetail extends RingSummary {
  graph: Subgraph;
  bids: BidRow[];
  /** Community index per member uscc (Louvain over the co-bid graph). */
  communities: Record<string, number>;
}

export type Workflow = 'open' | 'assigned' | 'confirmed' | 'dismissed' | 'rectifying' | 'closed';
export const WORKFLOW: Workflow[] = ['open', 'assigned', 'confirmed', 'dismissed', 'rectifying', 'closed'];
/** The inbox shows the alerts that still need a decision. */
export const INBOX: Workflow[] = ['open', 'assigned'];

export interface AlertItem {
  id: string;
  rule: string;
  level: Level;
  score: number;
  title: string;
  status: Workflow;
  change?: string;
  region?: string;
  assignee?: string;
  subjects: Subject[];
  evidence: Evidence[];
  runId?: string;
  ringId?: string;
}

export interface AlertComment {
  at: string;
  by: string;
  text: string;
}

export interface AlertDetail extends AlertItem {
  comments: AlertComment[];
  history: { at: string; by: string; action: string; reason?: string }[];
}

export interface AlertFilter {
  level?: string;
  status?: string;
  rule?: string;
  region?: string;
}

export type AlertAction = 'assign' | 'confirm' | 'dismiss' | 'rectify' | 'close';

export interface Dashboard {
  byRule: Record<string, number>;
  byLevel: Record<string, number>;
  runs: { runId: string; startedAt: string; counts: Record<string, number> }[];
  topRings: RingSummary[];
}

export interface Me {
  name: string;
  role: string;
}

/** Everything the workbench asks of the server; `HttpApi` and the fixture `DemoApi` implement it. */
export interface Api {
  me(): Promise<Me>;
  search(q: string, limit?: number): Promise<NodeData[]>;
  entity(id: string): Promise<Entity>;
  expand(id: string, offset: number, limit: number): Promise<Expansion>;
  paths(a: string, b: string, maxHops: number): Promise<PathResult[]>;
  ownership(id: string): Promise<Subgraph>;
  rings(): Promise<RingSummary[]>;
  ring(id: string): Promise<RingDetail>;
  alerts(filter: AlertFilter): Promise<AlertItem[]>;
  alert(id: string): Promise<AlertDetail>;
  act(id: string, action: AlertAction, body: { assignee?: string; reason?: string }): Promise<AlertDetail>;
  comment(id: string, text: string): Promise<AlertDetail>;
  dashboard(): Promise<Dashboard>;
}
