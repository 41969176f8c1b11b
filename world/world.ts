// The world being generated: entity tables, pools, planted-tender plans and the truth being recorded.
import { dayOf } from './calendar';
import type { Category } from './data/business';
import type { ScaleParams } from './scale';
import { Rng, hash32 } from './rng';
import { Companies } from './tables/companies';
import { ExtraPositions, Holdings, Relatives } from './tables/links';
import type { Org } from './tables/orgs';
import { Persons } from './tables/persons';
import type { TenderPlan } from './plans';
import { TRUTH_VERSION, type Truth } from './truth';

/** Approval threshold: payments at or above it need the head of the unit (fen). */
export const THRESHOLD_FEN = 500_000_00;
export const SPLIT_WINDOW_DAYS = 30;

export interface DirectDeal {
  payer: number;
  payee: number;
  amountFen: number;
  day: number;
  subject: string;
  /** The approving official, or -1 for the unit's usual approver. */
  approver: number;
  onWritten: (contract: string, payments: string[], approvedByOfficial: string[]) => void;
}

export interface World {
  readonly seed: number;
  /** Salt for scattered identifiers, derived from the seed. */
  readonly salt: number;
  readonly params: ScaleParams;
  readonly rng: Rng;
  readonly persons: Persons;
  readonly companies: Companies;
  readonly orgs: Org[];
  readonly holdings: Holdings;
  readonly relatives: Relatives;
  readonly positions: ExtraPositions;
  /** Home regions with organisations (indices into REGIONS). */
  readonly homeRegions: number[];
  readonly period: { start: number; tendersEnd: number; end: number };
  /** Niches in use, by category (indices into NICHES). */
  activeNiches: number[][];
  /** Ordinary bidders by niche (indices into NICHES, then special markets after NICHES.length). */
  pools: number[][];
  /** Big honest firms by category. */
  big: number[][];
  agencies: number[];
  /** Expert pool by category. */
  experts: number[][];
  /** Officials' relatives: official → [person, relation index, spouse through whom an in-law is related or -1]. */
  kin: Map<number, [number, number, number][]>;
  /** Planted tenders by tender index. */
  readonly plans: Map<number, TenderPlan>;
  /** Companies that must never deal with these organisations in honest tenders. */
  readonly forbid: Map<number, Set<number>>;
  /** Experts that must never evaluate tenders where these companies bid (outside plans). */
  readonly expertAvoid: Map<number, Set<number>>;
  readonly directDeals: DirectDeal[];
  /** Shared IPs of trading-centre bidding rooms (decoy). */
  sharedIps: string[];
  readonly truth: Truth;
}

/** The truth record before any pattern is planted. */
function emptyTruth(params: ScaleParams, seed: number): Truth {
  const empty = {} as Truth['counts']['rows'];
  return {
    version: TRUTH_VERSION,
    generator: 'mingjing-world',
    seed,
    scale: params.name,
    companies: params.companies,
    period: { from: '', tendersTo: '', to: '' },
    counts: { rows: empty, planted: {} as Truth['counts']['planted'] },
    thresholds: {
      approvalYuan: THRESHOLD_FEN / 100,
      splitWindowDays: SPLIT_WINDOW_DAYS,
      splitMinPayments: 3,
      controlPct: 50,
      coverGapPct: [2, 10],
    },
    rings: [],
    interestTransfer: [],
    splitPayments: [],
    paymentBeforeContract: [],
    paymentOverContract: [],
    expertTies: [],
    decoys: {
      agentAddresses: [],
      accountantPhones: [],
      sharedIps: [],
      bigBidders: [],
      nicheMarkets: [],
      officialRelativeCompanies: [],
      expertRelatives: [],
      regularInstallments: [],
      paymentBursts: [],
      paidOnSigningDay: [],
    },
  };
}

export function createWorld(params: ScaleParams, seed: number): World {
  const salt = hash32(seed, 0x5a17) % 1_000_000;
  return {
    seed,
    salt,
    params,
    rng: new Rng(seed),
    persons: new Persons(salt),
    companies: new Companies(salt),
    orgs: [],
    holdings: new Holdings(),
    relatives: new Relatives(),
    positions: new ExtraPositions(),
    homeRegions: [],
    period: { start: dayOf(2021, 1, 1), tendersEnd: dayOf(2024, 6, 30), end: dayOf(2024, 12, 31) },
    activeNiches: [[], [], []],
    pools: [],
    big: [[], [], []],
    agencies: [],
    experts: [[], [], []],
    kin: new Map(),
    plans: new Map(),
    forbid: new Map(),
    expertAvoid: new Map(),
    directDeals: [],
    sharedIps: [],
    truth: emptyTruth(params, seed),
  };
}

/** Adds `org` to the organisations company `c` must not deal with honestly. */
export function forbidDeal(w: World, c: number, org: number): void {
  let s = w.forbid.get(c);
  if (!s) w.forbid.set(c, (s = new Set()));
  s.add(org);
}

export type { Category };
