// truth.json names only what is in the files, and each planted pattern and decoy carries the evidence it claims.
import { THRESHOLD_FEN } from '../../../world/world';
import type { Truth } from '../../../world/truth';
import { groupBy, generateInto, readWorld, type World, removeTmp } from './read';

afterAll(removeTmp);

let w: World;
let truth: Truth;

beforeAll(async () => {
  const r = await generateInto('truth', { scale: 'small', seed: 21 });
  w = readWorld(r.dir);
  truth = r.truth;
});

const ids = (rows: Record<string, string>[], key: string): Set<string> => new Set(rows.map((r) => r[key]));

describe('truth.json of a small world', () => {
  it('names only companies, people, organisations, tenders, contracts and payments that are in the files', () => {
    const known = new Set([
      ...ids(w.companies, 'uscc'),
      ...ids(w.persons, 'person_id'),
      ...ids(w.organizations, 'org_code'),
      ...ids(w.tenders, 'tender_id'),
      ...ids(w.contracts, 'contract_id'),
      ...ids(w.payments, 'payment_id'),
    ]);
    const named: string[] = [
      ...truth.rings.flatMap((r) => [
        ...r.members,
        ...r.tenders,
        ...r.purchasers,
        ...r.outsiders,
        ...Object.keys(r.wins),
      ]),
      ...truth.interestTransfer.flatMap((x) => [
        x.official,
        x.org,
        x.relative,
        x.company,
        ...x.tenders,
        ...x.contracts,
        ...x.payments,
      ]),
      ...truth.interestTransfer.flatMap((x) => x.path.flatMap((s) => [s.from, s.to])),
      ...truth.splitPayments.flatMap((x) => [x.payer, x.payee, x.contract, x.approver, ...x.payments]),
      ...truth.paymentBeforeContract.flatMap((x) => [x.payment, x.contract, x.payer, x.payee]),
      ...truth.paymentOverContract.flatMap((x) => [x.contract, x.payer, x.payee, ...x.payments]),
      ...truth.expertTies.flatMap((x) => [x.expert, x.relative, x.company, ...x.tenders]),
      ...Object.values(truth.decoys).flatMap((list: Record<string, unknown>[]) =>
        list.flatMap((d) => Object.values(d).flatMap((v) => (Array.isArray(v) ? v : [v]))),
      ),
    ].filter((x): x is string => typeof x === 'string' && /^[0-9A-Z]{18}$|^(ZB|HT|ZF)/.test(x));
    const missing = named.filter((x) => !known.has(x));
    expect(missing).toEqual([]);
    expect(named.length).toBeGreaterThan(300);
  });

  it('plants every pattern and decoy at the small scale', () => {
    expect(truth.counts.planted).toEqual({
      rings: 3,
      interestTransfer: 3,
      splitPayments: 2,
      paymentBeforeContract: 2,
      paymentOverContract: 2,
      expertTies: 2,
    });
    for (const [name, list] of Object.entries(truth.decoys))
      expect({ name, n: list.length > 0 }).toEqual({ name, n: true });
    expect(new Set(truth.rings.map((r) => r.strength))).toEqual(new Set(['strong', 'medium', 'weak']));
  });

  it('has ring members co-bid in each ring tender with covers a few percent above the ring winner', () => {
    const bids = groupBy(w.bids, 'tender_id');
    for (const ring of truth.rings) {
      expect(ring.tenders.length).toBeGreaterThanOrEqual(6);
      expect(ring.members.length).toBeGreaterThanOrEqual(3);
      for (const t of ring.tenders) {
        const inRing = bids.get(t)!.filter((b) => ring.members.includes(b.bidder_uscc));
        expect(inRing.length).toBeGreaterThanOrEqual(3);
        const low = Math.min(...inRing.map((b) => Number(b.price)));
        for (const b of inRing) expect(Number(b.price) / low).toBeLessThan(1.11);
      }
      const won = Object.values(ring.wins).flat().length + Object.keys(ring.lostTo).length;
      expect(won).toBe(ring.tenders.length);
      expect(Object.keys(ring.wins).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('backs each interest-transfer path with relatives and shareholdings rows, and the deals with tenders or payments', () => {
    const holds = new Set(w.shareholdings.map((s) => `${s.holder_id}>${s.company_uscc}`));
    const kin = new Set(
      w.relatives.flatMap((r) => [`${r.person_id}~${r.relative_id}`, `${r.relative_id}~${r.person_id}`]),
    );
    const winners = new Map(
      w.bids.filter((b) => b.is_winner === '是').map((b) => [b.tender_id, b.bidder_uscc]),
    );
    const purchaser = new Map(w.tenders.map((t) => [t.tender_id, t.purchaser_code]));
    for (const x of truth.interestTransfer) {
      for (const s of x.path)
        expect(s.rel === 'HOLDS_SHARES' ? holds.has(`${s.from}>${s.to}`) : kin.has(`${s.from}~${s.to}`)).toBe(
          true,
        );
      for (const t of x.tenders) expect([winners.get(t), purchaser.get(t)]).toEqual([x.company, x.org]);
      expect(x.tenders.length + x.payments.length).toBeGreaterThan(0);
    }
  });

  it('records split payments under the threshold, early payments and overpayments as they are in the files', () => {
    const pay = new Map(w.payments.map((p) => [p.payment_id, p]));
    const contract = new Map(w.contracts.map((k) => [k.contract_id, k]));
    for (const s of truth.splitPayments) {
      expect(s.payments.length).toBeGreaterThanOrEqual(3);
      for (const id of s.payments) expect(Number(pay.get(id)!.amount)).toBeLessThan(THRESHOLD_FEN / 100);
      expect(s.total).toBeGreaterThan(THRESHOLD_FEN / 100);
      expect(s.windowDays).toBeLessThanOrEqual(truth.thresholds.splitWindowDays);
    }
    for (const b of truth.paymentBeforeContract)
      expect(pay.get(b.payment)!.paid_at < contract.get(b.contract)!.signed).toBe(true);
    for (const o of truth.paymentOverContract) {
      const paid = w.payments
        .filter((p) => p.contract_id === o.contract)
        .reduce((s, p) => s + Number(p.amount), 0);
      expect(paid).toBeGreaterThan(Number(contract.get(o.contract)!.amount));
    }
  });

  it('makes the payment near misses miss: bursts stay under the threshold, signing-day advances are not early', () => {
    const pay = new Map(w.payments.map((p) => [p.payment_id, p]));
    const signed = new Map(w.contracts.map((k) => [k.contract_id, k.signed]));
    for (const b of truth.decoys.paymentBursts) {
      const dates = b.payments.map((id) => Date.parse(pay.get(id)!.paid_at));
      expect(b.payments.length).toBeGreaterThanOrEqual(3);
      expect((Math.max(...dates) - Math.min(...dates)) / 864e5).toBeLessThanOrEqual(30);
      expect(b.total).toBeLessThan(THRESHOLD_FEN / 100);
    }
    for (const d of truth.decoys.paidOnSigningDay)
      expect(pay.get(d.payment)!.paid_at).toBe(signed.get(d.contract));
  });

  it('puts the tied expert on panels of tenders won by the company where the relative works', () => {
    const panels = groupBy(w.evaluations, 'tender_id');
    const winners = new Map(
      w.bids.filter((b) => b.is_winner === '是').map((b) => [b.tender_id, b.bidder_uscc]),
    );
    for (const tie of truth.expertTies) {
      expect(tie.tenders.length).toBeGreaterThanOrEqual(3);
      for (const t of tie.tenders) {
        expect(winners.get(t)).toBe(tie.company);
        expect(panels.get(t)!.map((e) => e.expert_id)).toContain(tie.expert);
      }
      const job = w.positions.some((p) => p.person_id === tie.relative && p.entity_id === tie.company);
      const org = w.persons.some((p) => p.person_id === tie.relative && p.org_code === tie.company);
      expect(tie.via === 'both' ? job && org : tie.via === 'position' ? job : org).toBe(true);
    }
  });

  it('keeps decoy companies of officials’ relatives away from that official’s unit', () => {
    for (const d of truth.decoys.officialRelativeCompanies) {
      expect(
        w.bids.some(
          (b) =>
            b.bidder_uscc === d.company &&
            w.tenders.find((t) => t.tender_id === b.tender_id)!.purchaser_code === d.org,
        ),
      ).toBe(false);
      expect(w.payments.some((p) => p.payee_id === d.company && p.payer_id === d.org)).toBe(false);
    }
  });
});
