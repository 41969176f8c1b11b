// The procurement stream: tenders in date order, each with its bids, panel, contract and payments written at once,
// so memory does not grow with rows; then direct (untendered) deals.
import { civil } from '../calendar';
import { drainAll, type Sinks } from '../emit/sinks';
import { Rng, hash32 } from '../rng';
import { approverOf } from '../tables/orgs';
import type { TenderPlan } from '../plans';
import { THRESHOLD_FEN, type World } from '../world';
import { makeBids, rankBids, type Bid } from './bids';
import { makePanel } from './panel';
import { payments, type Pay } from './payments';
import { Recorder, type Written } from './record';
import { writeBid, writeContract, writePanel, writePayment, writeTender, type BidExtras } from './rows';
import { makeTender, type Tender } from './tender';

export class PaymentIds {
  private n = 0;
  next(day: number): string {
    return `ZF${civil(day)[0]}${String(++this.n).padStart(8, '0')}`;
  }
}

function extras(w: World, rng: Rng, b: Bid, plan: TenderPlan | undefined, cluster: number): BidExtras {
  if (plan?.kind === 'ring' && b.part !== 'honest') {
    const run = plan.run;
    const x: BidExtras = {};
    if (run.mac?.members.has(b.c)) x.mac = run.mac.value;
    if (run.ip?.members.has(b.c)) x.ip = run.ip.value;
    if (run.manager?.borrower === b.c) x.manager = run.manager.pm;
    if (cluster >= 0) Object.assign(x, { daysBefore: 0, seconds: cluster + rng.int(1800) });
    return x;
  }
  if (w.sharedIps.length > 0 && rng.chance(0.03)) {
    const k = rng.int(w.sharedIps.length);
    w.truth.decoys.sharedIps[k].bids++;
    return { ip: w.sharedIps[k] };
  }
  return {};
}

function writePays(
  w: World,
  s: Sinks,
  rng: Rng,
  ids: PaymentIds,
  t: Tender,
  plan: TenderPlan | undefined,
  winner: Bid,
  contract: string,
  signed: number,
): Written['pays'] {
  const org = w.orgs[t.purchaser];
  const planted = plan?.kind === 'pay';
  const forced = planted || (plan?.kind === 'favour' && plan.pay);
  if (!org.covered && !forced) return [];
  const list: Pay[] = payments(rng, t.cat, winner.priceFen, signed, planted ? plan.pay : undefined);
  const fixed = planted && plan.pay === 'split' ? approverOf(org, 0, THRESHOLD_FEN, rng.next()) : -1;
  const out: Written['pays'][number][] = [];
  for (const p of list) {
    const day = planted ? Math.min(p.day, w.period.end) : p.day;
    if (day > w.period.end) continue;
    const approver =
      plan?.kind === 'favour' && plan.approver !== undefined
        ? plan.approver
        : fixed >= 0
          ? fixed
          : approverOf(org, p.fen, THRESHOLD_FEN, rng.next());
    const id = ids.next(day);
    writePayment(w, s, {
      id,
      payer: t.purchaser,
      payee: winner.c,
      fen: p.fen,
      day,
      contract,
      purpose: p.purpose,
      approver,
    });
    out.push({ ...p, day, id, approver });
  }
  return out;
}

function expertFees(w: World, s: Sinks, rng: Rng, ids: PaymentIds, t: Tender, seats: Written['seats']): void {
  const org = w.orgs[t.purchaser];
  if (!org.covered || !rng.chance(0.05)) return;
  const day = t.open + rng.range(1, 10);
  if (day > w.period.end) return;
  for (const seat of seats) {
    if (seat.role === '采购人代表') continue;
    const fen = rng.range(6, 15) * 10000;
    writePayment(w, s, {
      id: ids.next(day),
      payer: t.purchaser,
      payee: seat.person,
      toPerson: true,
      fen,
      day,
      purpose: '评标专家评审费',
      approver: approverOf(org, fen, THRESHOLD_FEN, 0),
    });
  }
}

function oneTender(w: World, s: Sinks, rec: Recorder, ids: PaymentIds, i: number): void {
  const rng = new Rng(hash32(w.seed, i, 0x7e4d));
  const plan = w.plans.get(i);
  const t = makeTender(w, rng, i, plan);
  const bids = makeBids(w, rng, t, plan);
  const winner = rankBids(rng, t, bids);
  writeTender(w, s, t);
  const cluster =
    plan?.kind === 'ring' && plan.run.strength !== 'weak' ? rng.range(8 * 3600 + 1800, 10 * 3600) : -1;
  for (const b of bids) writeBid(w, s, rng, t, b, extras(w, rng, b, plan, cluster));
  const seats = makePanel(w, rng, t, bids, plan);
  writePanel(w, s, t, seats);
  const written: Written = { t, bids, winner, seats, pays: [] };
  if (winner) {
    const signed = t.open + rng.range(7, 30);
    const id = `HT${civil(signed)[0]}-${String(i + 1).padStart(6, '0')}`;
    writeContract(w, s, {
      id,
      tender: t.id,
      buyer: t.purchaser,
      supplier: winner.c,
      fen: winner.priceFen,
      signed,
      subject: t.name,
    });
    written.contract = { id, fen: winner.priceFen, signed };
    written.pays = writePays(w, s, rng, ids, t, plan, winner, id, signed);
  }
  expertFees(w, s, rng, ids, t, seats);
  rec.record(plan, written);
}

/** Writes every tender; yields to the file streams whenever their buffers are full. */
export async function streamTenders(
  w: World,
  s: Sinks,
  ids: PaymentIds,
  onTick?: (i: number) => void,
): Promise<Recorder> {
  const rec = new Recorder(w);
  for (let i = 0; i < w.params.tenders; i++) {
    oneTender(w, s, rec, ids, i);
    if (i % 32 === 31) {
      await drainAll(s);
      onTick?.(i);
    }
  }
  return rec;
}

/** Contracts without a tender (direct purchases) and their payments, for planted payment-only interest transfer. */
export async function writeDirectDeals(w: World, s: Sinks, ids: PaymentIds): Promise<void> {
  const rng = w.rng.fork('direct');
  w.directDeals.forEach((d, k) => {
    const org = w.orgs[d.payer];
    const id = `HT${civil(d.day)[0]}-D${String(k + 1).padStart(5, '0')}`;
    writeContract(w, s, {
      id,
      buyer: d.payer,
      supplier: d.payee,
      fen: d.amountFen,
      signed: d.day,
      subject: `${org.name}${d.subject}`,
    });
    const paid: string[] = [];
    const approved: string[] = [];
    for (const p of payments(rng, 2, d.amountFen, d.day)) {
      if (p.day > w.period.end) continue;
      const approver = d.approver >= 0 ? d.approver : approverOf(org, p.fen, THRESHOLD_FEN, rng.next());
      const pid = ids.next(p.day);
      writePayment(w, s, {
        id: pid,
        payer: d.payer,
        payee: d.payee,
        fen: p.fen,
        day: p.day,
        contract: id,
        purpose: p.purpose,
        approver,
      });
      paid.push(pid);
      if (approver === d.approver) approved.push(pid);
    }
    d.onWritten(id, paid, approved);
  });
  await drainAll(s);
}
