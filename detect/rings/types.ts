// Input rows and intermediate structures of co-bidding ring detection (围标串标).
import type { UndirectedGraph } from 'graphology';
import type { Evidence } from '../types';

/** One bid as read from the graph: (Bid)-[:BID_BY]->(Company). */
export interface BidRow {
  uscc: string;
  price?: number | null;
  winner?: boolean | null;
  rank?: number | null;
}

/** One tender with its purchaser, date and every bid on it. */
export interface TenderRow {
  tender_id: string;
  name?: string | null;
  purchaser?: string | null;
  purchaser_name?: string | null;
  /** `YYYY-MM-DD`. */
  open_date?: string | null;
  /** 预算金额 in yuan. */
  budget?: number | null;
  bids: BidRow[];
}

export interface CompanyAttrs {
  /** Number of tenders the company bid on (all of them, crowded or not). */
  bids: number;
}

export interface PairAttrs {
  /** Discounted co-bid weight: Σ over shared tenders of 1/(n_bidders − 1). */
  weight: number;
  /** Number of tenders both bid on. */
  count: number;
}

export type CoBidGraph = UndirectedGraph<CompanyAttrs, PairAttrs>;

/** Tenders by index and, per company, the indices of the tenders it bid on. */
export interface BidIndex {
  tenders: TenderRow[];
  byCompany: Map<string, number[]>;
}

/** A shared phone, email, address, bid-file MAC, IP or project manager of one company. */
export interface IdentifierRow {
  uscc: string;
  /** Phone | Email | Address | Device | IP | Manager. */
  kind: string;
  value: string;
  /** Shown instead of `value` when set (a manager's name). */
  display?: string | null;
  /** Distinct parties linked to this identifier in the whole graph. */
  degree: number;
  /** Tenders where the link was recorded (device, IP, manager). */
  tenders?: string[] | null;
}

/** One step of an ownership / position / kinship path. */
export interface PathStep {
  label: string;
  key: string;
  name?: string | null;
  /** Relationship that leads from the previous step to this one (absent on the first). */
  rel?: { type: string; forward: boolean; props: Record<string, unknown> };
}

export interface MemberPath {
  from: string;
  to: string;
  steps: PathStep[];
}

/** One signal of a candidate group: its value in [0,1] and the evidence behind it. */
export interface SignalResult {
  value: number;
  evidence: Evidence[];
  /** False when the data needed is missing (no prices, no budgets): the signal then drops out of its family. */
  known?: boolean;
}
