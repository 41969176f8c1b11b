// The answer key of a generated world (truth.json): every planted pattern and decoy, with the evidence a detector should find.
// Detection's `evaluate` imports these types; docs/truth-format.md explains each field.
import type { KindName } from '../model/kinds';

export const TRUTH_VERSION = 1;

/** How hard a planted case is to find: strong = several independent signals, weak = one faint signal. */
export type Strength = 'strong' | 'medium' | 'weak';

/** One hop of an evidence path, in import-contract keys (person_id, uscc, org_code). */
export interface PathStep {
  from: string;
  to: string;
  /** `RELATIVE_OF` (with `relation`), `HOLDS_SHARES` (with `pct`), `WORKS_AT`, `HOLDS_POSITION` (with `role`). */
  rel: 'RELATIVE_OF' | 'HOLDS_SHARES' | 'WORKS_AT' | 'HOLDS_POSITION';
  relation?: string;
  pct?: number;
  role?: string;
}

/** Something the ring members share: an identifier value, a common shareholder, or kinship of their people. */
export type RingLink =
  | { type: 'phone' | 'address' | 'email' | 'file_mac' | 'ip'; value: string; members: string[] }
  | { type: 'manager'; value: string; members: string[] }
  | { type: 'shareholder'; value: string; members: string[]; pct: number[] }
  | { type: 'relative'; persons: [string, string]; relation: string; members: [string, string] };

export interface RingTruth {
  id: string;
  strength: Strength;
  category: string;
  niche: string;
  /** Member company USCCs. */
  members: string[];
  /** Tenders where the ring bid together (at least 3 members each). */
  tenders: string[];
  purchasers: string[];
  /** Tender ids won, by member USCC (the rotation). */
  wins: Record<string, string[]>;
  /** Ring tenders won by an outsider who undercut the ring. */
  lostTo: Record<string, string>;
  /** Honest firms that bid in ring tenders. */
  outsiders: string[];
  links: RingLink[];
  /** Cover bids above the designated winner, in percent. */
  coverGapPct: { min: number; max: number; mean: number };
}

export interface InterestTransferTruth {
  id: string;
  strength: Strength;
  official: string;
  officialName: string;
  org: string;
  relative: string;
  relation: string;
  company: string;
  /** `direct` (relative holds ≥ 50 %), `holding` (through a holding company), `cumulative` (direct + indirect ≥ 50 %), `chain` (majority at each of 3 levels). */
  control: 'direct' | 'holding' | 'cumulative' | 'chain';
  /** Effective share of the relative in the company (product along paths, summed), percent. */
  effectivePct: number;
  /** official → relative → … → company. */
  path: PathStep[];
  /** Tenders of the official's unit won by the company. */
  tenders: string[];
  contracts: string[];
  /** Payments from the official's unit to the company. */
  payments: string[];
  /** Tenders where the official sat on the panel (evaluations, role 采购人代表). */
  officialOnPanel: string[];
  /** Payments to the company approved by the official. */
  approvedByOfficial: string[];
}

export interface SplitPaymentTruth {
  id: string;
  payer: string;
  payee: string;
  contract: string;
  payments: string[];
  amounts: number[];
  dates: string[];
  total: number;
  windowDays: number;
  approver: string;
}

export interface PaymentBeforeContractTruth {
  id: string;
  payment: string;
  contract: string;
  payer: string;
  payee: string;
  paidAt: string;
  signed: string;
  daysBefore: number;
}

export interface PaymentOverContractTruth {
  id: string;
  contract: string;
  payer: string;
  payee: string;
  amount: number;
  paidTotal: number;
  overPct: number;
  payments: string[];
}

export interface ExpertTieTruth {
  id: string;
  strength: Strength;
  expert: string;
  relative: string;
  relation: string;
  company: string;
  /** How the relative is tied to the company: a positions row, persons.org_code, or both. */
  via: 'position' | 'org_code' | 'both';
  role: string;
  /** Tenders won by the company with the expert on the panel. */
  tenders: string[];
}

export interface Decoys {
  /** Registration-agent addresses shared by many unrelated firms. */
  agentAddresses: { value: string; members: string[] }[];
  /** Bookkeeping agents' phones shared by many unrelated firms. */
  accountantPhones: { value: string; members: string[] }[];
  /** The trading centre's public bidding-room IPs, used by many honest bidders. */
  sharedIps: { value: string; bids: number }[];
  /** Large honest firms that bid on a large share of tenders in their category. */
  bigBidders: { uscc: string; category: string; bids: number; wins: number }[];
  /** Honest firms that co-bid because they are the only suppliers of a product (independent prices, no rotation). */
  nicheMarkets: { niche: string; members: string[]; tenders: string[]; wins: Record<string, number> }[];
  /** Officials' relatives who control companies that never deal with the official's unit. */
  officialRelativeCompanies: {
    official: string;
    org: string;
    relative: string;
    relation: string;
    company: string;
    pct: number;
  }[];
  /** Experts whose relative works at a company whose tenders they never evaluate. */
  expertRelatives: { expert: string; relative: string; relation: string; company: string }[];
  /** Regular monthly payments just under the threshold, never three within the split window. */
  regularInstallments: { payer: string; payee: string; contract: string; payments: string[] }[];
  /** 3–4 payments to one payee within 30 days that together stay under the threshold (not a split). */
  paymentBursts: { payer: string; payee: string; contract: string; payments: string[]; total: number }[];
  /** Advances paid on the very day the contract was signed (not before it). */
  paidOnSigningDay: { payment: string; contract: string; paidAt: string }[];
}

export interface Truth {
  version: typeof TRUTH_VERSION;
  generator: 'mingjing-world';
  seed: number;
  /** `demo`, `small`, `medium`, `large` or `custom`. */
  scale: string;
  companies: number;
  /** Dates covered: tenders are published in [from, tendersTo]; payments run to `to`. */
  period: { from: string; tendersTo: string; to: string };
  counts: {
    rows: Record<KindName, number>;
    planted: Record<
      | 'rings'
      | 'interestTransfer'
      | 'splitPayments'
      | 'paymentBeforeContract'
      | 'paymentOverContract'
      | 'expertTies',
      number
    >;
  };
  thresholds: {
    /** Payments at or above this need the head of the unit to approve (yuan). */
    approvalYuan: number;
    /** Split payments: at least `splitMinPayments` payments under the threshold within `splitWindowDays`. */
    splitWindowDays: number;
    splitMinPayments: number;
    /** Control: cumulative share (percent) that counts as control. */
    controlPct: number;
    /** Cover bids sit this many percent above the designated winner. */
    coverGapPct: [number, number];
  };
  rings: RingTruth[];
  interestTransfer: InterestTransferTruth[];
  splitPayments: SplitPaymentTruth[];
  paymentBeforeContract: PaymentBeforeContractTruth[];
  paymentOverContract: PaymentOverContractTruth[];
  expertTies: ExpertTieTruth[];
  decoys: Decoys;
}
