// Writes a tender's rows (tender, bids, panel, contract, payments) in the contract's column order.
import { CATEGORIES, METHODS } from '../data/business';
import { REGIONS, regionName } from '../data/regions';
import type { Sinks } from '../emit/sinks';
import { ipv4, mac } from '../ids';
import type { Rng } from '../rng';
import type { World } from '../world';
import type { Bid } from './bids';
import type { Seat } from './panel';
import type { Tender } from './tender';

export interface BidExtras {
  mac?: string;
  ip?: string;
  manager?: number;
  /** Seconds since midnight of submission, and day offset before opening. */
  seconds?: number;
  daysBefore?: number;
}

export function writeTender(w: World, s: Sinks, t: Tender): void {
  const org = w.orgs[t.purchaser];
  s.tenders
    .s(t.id)
    .s(t.name)
    .s(org.code)
    .s(t.agency >= 0 ? w.companies.uscc(t.agency) : '')
    .money(t.budgetFen)
    .s(METHODS[t.method])
    .s(CATEGORIES[t.cat])
    .s(regionName(REGIONS[org.region]))
    .date(t.day)
    .date(t.open)
    .end();
}

/** One bid row; identifiers default to the company's own device, line and people. */
export function writeBid(w: World, s: Sinks, rng: Rng, t: Tender, b: Bid, x: BidExtras): void {
  const cols = w.companies.cols;
  const c = b.c;
  const pmCount = cols.pmCount.data[c];
  const manager =
    x.manager ?? (pmCount > 0 ? cols.pmFirst.data[c] + rng.int(pmCount) : cols.legalRep.data[c]);
  const contact = cols.staffStart.data[c] + cols.staffCount.data[c] - 1;
  const phone = rng.chance(0.5) ? w.companies.phone(c, (p) => w.persons.phone(p)) : '';
  const seconds = x.seconds ?? rng.range(8 * 3600 + 1800, 17 * 3600 + 1800);
  s.bids
    .s(t.id)
    .s(w.companies.uscc(c))
    .money(b.priceFen)
    .num2(b.score)
    .int(b.rank)
    .bool(b.winner)
    .datetime(t.open - (x.daysBefore ?? rng.range(0, 2)), seconds)
    .s(x.mac ?? mac(c, w.salt))
    .s(x.ip ?? ipv4(c, w.salt))
    .s(w.persons.id(manager))
    .s(w.persons.name(contact))
    .s(phone || w.persons.phone(contact))
    .end();
}

export function writePanel(w: World, s: Sinks, t: Tender, seats: readonly Seat[]): void {
  for (const seat of seats) s.evaluations.s(t.id).s(w.persons.id(seat.person)).s(seat.role).end();
}

export interface ContractRow {
  id: string;
  tender?: string;
  buyer: number;
  supplier: number;
  fen: number;
  signed: number;
  subject: string;
}

export function writeContract(w: World, s: Sinks, k: ContractRow): void {
  s.contracts
    .s(k.id)
    .s(k.tender ?? '')
    .s(w.orgs[k.buyer].code)
    .s(w.companies.uscc(k.supplier))
    .money(k.fen)
    .date(k.signed)
    .s(k.subject)
    .end();
}

export interface PaymentRow {
  id: string;
  payer: number;
  /** A company index, or a person index when `toPerson`. */
  payee: number;
  toPerson?: boolean;
  fen: number;
  day: number;
  contract?: string;
  purpose: string;
  approver: number;
}

export function writePayment(w: World, s: Sinks, p: PaymentRow): void {
  s.payments
    .s(p.id)
    .s(w.orgs[p.payer].code)
    .s(p.toPerson ? w.persons.id(p.payee) : w.companies.uscc(p.payee))
    .money(p.fen)
    .date(p.day)
    .s(p.contract ?? '')
    .s(p.purpose)
    .s(w.persons.id(p.approver))
    .end();
}
