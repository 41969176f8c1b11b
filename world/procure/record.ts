// Records what the tender stream actually produced into truth.json: ring tenders and wins, favoured deals, niche
// markets, payment anomalies, big bidders' activity.
import { isoDate } from '../calendar';
import type { TenderPlan } from '../plans';
import { TIER } from '../tables/companies';
import type { World } from '../world';
import type { Bid } from './bids';
import type { Seat } from './panel';
import type { Pay } from './payments';
import type { Tender } from './tender';

export interface Written {
  t: Tender;
  bids: readonly Bid[];
  winner?: Bid;
  seats: readonly Seat[];
  contract?: { id: string; fen: number; signed: number };
  pays: readonly (Pay & { id: string; approver: number })[];
}

const pushUnique = (xs: string[], x: string): void => {
  if (!xs.includes(x)) xs.push(x);
};

function ring(w: World, plan: Extract<TenderPlan, { kind: 'ring' }>, r: Written): void {
  const truth = plan.run.truth;
  truth.tenders.push(r.t.id);
  pushUnique(truth.purchasers, w.orgs[r.t.purchaser].code);
  const winner = r.winner ? w.companies.uscc(r.winner.c) : '';
  if (r.winner && plan.run.members.includes(r.winner.c)) (truth.wins[winner] ??= []).push(r.t.id);
  else if (r.winner) truth.lostTo[r.t.id] = winner;
  for (const b of r.bids) if (b.part === 'honest') pushUnique(truth.outsiders, w.companies.uscc(b.c));
}

function favour(w: World, plan: Extract<TenderPlan, { kind: 'favour' }>, r: Written): void {
  if (plan.tie) plan.tie.tenders.push(r.t.id);
  const t = plan.transfer;
  if (!t) return;
  t.tenders.push(r.t.id);
  if (r.contract) t.contracts.push(r.contract.id);
  for (const p of r.pays) {
    t.payments.push(p.id);
    if (w.persons.id(p.approver) === t.official) t.approvedByOfficial.push(p.id);
  }
  if (plan.panelOfficial !== undefined) t.officialOnPanel.push(r.t.id);
}

function pay(w: World, plan: Extract<TenderPlan, { kind: 'pay' }>, r: Written): void {
  const k = r.contract;
  if (!k || !r.winner) return;
  const payer = w.orgs[r.t.purchaser].code;
  const payee = w.companies.uscc(r.winner.c);
  const flagged = r.pays.filter((p) => p.flagged);
  const base = { contract: k.id, payer, payee };
  const tr = w.truth;
  if (plan.pay === 'split') {
    const days = flagged.map((p) => p.day);
    tr.splitPayments.push({
      id: `SP-${String(tr.splitPayments.length + 1).padStart(4, '0')}`,
      ...base,
      payments: flagged.map((p) => p.id),
      amounts: flagged.map((p) => p.fen / 100),
      dates: days.map(isoDate),
      total: flagged.reduce((s, p) => s + p.fen, 0) / 100,
      windowDays: Math.max(...days) - Math.min(...days),
      approver: w.persons.id(flagged[0].approver),
    });
  } else if (plan.pay === 'before') {
    const p = flagged[0];
    tr.paymentBeforeContract.push({
      id: `PB-${String(tr.paymentBeforeContract.length + 1).padStart(4, '0')}`,
      payment: p.id,
      ...base,
      paidAt: isoDate(p.day),
      signed: isoDate(k.signed),
      daysBefore: k.signed - p.day,
    });
  } else if (plan.pay === 'over') {
    const paid = r.pays.reduce((s, p) => s + p.fen, 0);
    tr.paymentOverContract.push({
      id: `PO-${String(tr.paymentOverContract.length + 1).padStart(4, '0')}`,
      ...base,
      amount: k.fen / 100,
      paidTotal: paid / 100,
      overPct: Math.round((paid / k.fen - 1) * 10000) / 100,
      payments: r.pays.map((p) => p.id),
    });
  } else if (plan.pay === 'regular') {
    tr.decoys.regularInstallments.push({ ...base, payments: r.pays.map((p) => p.id) });
  } else if (plan.pay === 'burst') {
    const total = flagged.reduce((s, p) => s + p.fen, 0) / 100;
    tr.decoys.paymentBursts.push({ ...base, payments: flagged.map((p) => p.id), total });
  } else {
    tr.decoys.paidOnSigningDay.push({
      payment: flagged[0].id,
      contract: k.id,
      paidAt: isoDate(flagged[0].day),
    });
  }
}

export class Recorder {
  private readonly big = new Map<number, [number, number]>();
  constructor(private readonly w: World) {}

  record(plan: TenderPlan | undefined, r: Written): void {
    const w = this.w;
    for (const b of r.bids) {
      if (w.companies.cols.tier.data[b.c] !== TIER.big) continue;
      const s = this.big.get(b.c) ?? [0, 0];
      s[0]++;
      if (b.winner) s[1]++;
      this.big.set(b.c, s);
    }
    if (plan?.kind === 'ring') ring(w, plan, r);
    else if (plan?.kind === 'favour') favour(w, plan, r);
    else if (plan?.kind === 'pay') pay(w, plan, r);
    else if (plan?.kind === 'market') {
      const m = w.truth.decoys.nicheMarkets[plan.market.truthIndex];
      m.tenders.push(r.t.id);
      if (r.winner) m.wins[w.companies.uscc(r.winner.c)] = (m.wins[w.companies.uscc(r.winner.c)] ?? 0) + 1;
    }
  }

  /** Big bidders' totals, in company order. */
  bigBidders(categories: readonly string[]): void {
    const w = this.w;
    for (const [cat, list] of w.big.entries()) {
      for (const c of list) {
        const [bids, wins] = this.big.get(c) ?? [0, 0];
        w.truth.decoys.bigBidders.push({ uscc: w.companies.uscc(c), category: categories[cat], bids, wins });
      }
    }
  }
}
