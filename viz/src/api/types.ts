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

/** A node's neighbours, capped per relationship type; `more` of each type are not shown yet. */
export interface Expansion extends Subgraph {
  center: string;
  groups: { type: string; shown: number; total: number; more: number }[];
}

export interface Entity {
  node: NodeData;
  /** Properties the API masked for this key's role. */
  masked: string[];
  relationships: { type: string; direction: 'out' | 'in'; count: number }[];
}

/** One hop of a conflict-of-interest path with what backs it. */
export interface CoiHop {
  edge: EdgeData;
  text: string;
  source?: string;
}

export interface CoiPath {
  nodes: NodeData[];
  hops: CoiHop[];
  score: number;
  typologies: string[];
}

export interface CoiResult {
  connected: boolean;
  score: number;
  typologies: string[];
  controlPct: number | null;
  paths: CoiPath[];
  auditId?: string;
}

/** 股权穿透 of a company: the holding chains as a subgraph and each holder's cumulative %. */
export interface OwnershipView {
  graph: Subgraph;
  cumulative: Record<string, number>;
  controller: string | null;
}

export interface RingSummary {
  id: string;
  score: number;
  level: Level;
  title?: string;
  status?: Workflow;
  members: RingMember[];
  evidence: Evidence[];
  signals: Record<string, number>;
  tenders: string[];
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

export type Workflow = 'open' | 'assigned' | 'confirmed' | 'dismissed' | 'rectified' | 'closed';
export const WORKFLOW: Workflow[] = ['open', 'assigned', 'confirmed', 'dismissed', 'rectified', 'closed'];
/** The inbox shows the alerts that still need a decision. */
export const INBOX: Workflow[] = ['open', 'assigned'];

export interface AlertItem {
  id: string;
  rule: string;
  level: Level;
  score: number;
  title: string;
  status: Workflow;
  /** Detection status: new / recurring / changed / gone. */
  change?: string | null;
  assignee?: string | null;
  firstSeen?: string | null;
  lastSeen?: string | null;
}

export interface AlertComment {
  at: string;
  by: string;
  text: string;
}

export interface AlertDetail extends AlertItem {
  subjects: NodeData[];
  evidence: Evidence[];
  comments: AlertComment[];
  history: { at: string; by: string; action: string; reason?: string }[];
  /** Set when the alert is a bid-rigging ring (its id is the ring's id). */
  ring?: { members: RingMember[]; tenders: string[] };
}

export interface AlertFilter {
  level?: string;
  status?: string;
  rule?: string;
  region?: string;
}

export type AlertAction = 'assign' | 'confirm' | 'dismiss' | 'rectify' | 'close' | 'reopen';

export interface Dashboard {
  byRule: Record<string, number>;
  byLevel: Record<string, number>;
  /** Alerts active on each detection date (first seen ≤ date ≤ last seen), by level. */
  trend: { date: string; counts: Record<string, number> }[];
  topRings: RingSummary[];
}

/** Everything the workbench asks of the server; `HttpApi` and the fixture `DemoApi` implement it. */
export interface Api {
  /** Resolves when the key is accepted. */
  check(): Promise<void>;
  search(q: string, limit?: number): Promise<NodeData[]>;
  entity(id: string): Promise<Entity>;
  expand(id: string, opts: { types?: string[]; perType: number }): Promise<Expansion>;
  coi(a: string, b: string, maxHops: number): Promise<CoiResult>;
  ownership(uscc: string): Promise<OwnershipView>;
  rings(): Promise<RingSummary[]>;
  /** A ring's alert: members, tenders, signals and evidence (graph and bids are composed in compose.ts). */
  ring(id: string): Promise<RingSummary>;
  alerts(filter: AlertFilter): Promise<AlertItem[]>;
  alert(id: string): Promise<AlertDetail>;
  act(
    id: string,
    action: AlertAction,
    body: { assignee?: string; reason?: string; comment?: string },
  ): Promise<void>;
  comment(id: string, text: string): Promise<void>;
}
