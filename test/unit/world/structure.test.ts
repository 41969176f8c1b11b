// The world hangs together: references resolve, shares sum to at most 100 % with chains 3–4 levels deep, one winner
// per tender with its contract, panels of 5 or 7, approvers who are officials of the paying unit.
import { groupBy, generateInto, readWorld, type World, removeTmp } from './read';

afterAll(removeTmp);

let w: World;
const pct = (s: string): number => Number(s.replace('%', ''));

beforeAll(async () => {
  w = readWorld((await generateInto('structure', { scale: 'small', seed: 8 })).dir);
});

/** Longest ownership chain (edges) from a natural person down through companies. */
function maxDepthFromPersons(world: World): Map<number, number> {
  const owned = groupBy(world.shareholdings, 'holder_id');
  const persons = new Set(world.persons.map((p) => p.person_id));
  const depth = (id: string, seen: Set<string>): number => {
    let best = 0;
    for (const r of owned.get(id) ?? []) {
      if (seen.has(r.company_uscc)) continue;
      best = Math.max(best, 1 + depth(r.company_uscc, new Set([...seen, r.company_uscc])));
    }
    return best;
  };
  const hist = new Map<number, number>();
  for (const holder of owned.keys()) {
    if (!persons.has(holder)) continue;
    const d = depth(holder, new Set());
    hist.set(d, (hist.get(d) ?? 0) + 1);
  }
  return hist;
}

describe('structure of the generated world', () => {
  it('keeps each company’s listed shares at or below 100 %', () => {
    for (const [company, rows] of groupBy(w.shareholdings, 'company_uscc')) {
      const sum = rows.reduce((s, r) => s + pct(r.share_pct), 0);
      expect({ company, ok: sum <= 100.0001 && sum > 0 }).toEqual({ company, ok: true });
    }
  });

  it('has ownership chains 3 and 4 levels deep from a natural person', () => {
    const hist = maxDepthFromPersons(w);
    expect(hist.get(3) ?? 0).toBeGreaterThan(0);
    expect(hist.get(4) ?? 0).toBeGreaterThan(0);
  });

  it('resolves every reference to a loaded entity', () => {
    const companies = new Set(w.companies.map((c) => c.uscc));
    const persons = new Set(w.persons.map((p) => p.person_id));
    const orgs = new Set(w.organizations.map((o) => o.org_code));
    const tenders = new Set(w.tenders.map((t) => t.tender_id));
    const contracts = new Set(w.contracts.map((k) => k.contract_id));
    for (const o of w.organizations) if (o.parent_code) expect(orgs.has(o.parent_code)).toBe(true);
    for (const s of w.shareholdings)
      expect(persons.has(s.holder_id) || companies.has(s.holder_id) || orgs.has(s.holder_id)).toBe(true);
    for (const p of w.positions) expect(companies.has(p.entity_id) || orgs.has(p.entity_id)).toBe(true);
    for (const r of w.relatives) expect(persons.has(r.person_id) && persons.has(r.relative_id)).toBe(true);
    for (const b of w.bids)
      expect(tenders.has(b.tender_id) && companies.has(b.bidder_uscc) && persons.has(b.manager_id)).toBe(
        true,
      );
    for (const e of w.evaluations) expect(tenders.has(e.tender_id) && persons.has(e.expert_id)).toBe(true);
    for (const k of w.contracts) expect(orgs.has(k.buyer_code) && companies.has(k.supplier_uscc)).toBe(true);
    for (const p of w.payments) {
      expect(orgs.has(p.payer_id) && (companies.has(p.payee_id) || persons.has(p.payee_id))).toBe(true);
      if (p.contract_id) expect(contracts.has(p.contract_id)).toBe(true);
    }
  });

  it('gives each tender one winner, consistent ranks, prices within budget and a contract with the winner', () => {
    const budget = new Map(w.tenders.map((t) => [t.tender_id, Number(t.budget)]));
    const contracts = groupBy(w.contracts, 'tender_id');
    for (const [tender, bids] of groupBy(w.bids, 'tender_id')) {
      const winners = bids.filter((b) => b.is_winner === '是');
      expect(winners).toHaveLength(1);
      expect(winners[0].rank).toBe('1');
      expect(bids.map((b) => Number(b.rank)).sort((a, b) => a - b)).toEqual(bids.map((_, k) => k + 1));
      for (const b of bids) expect(Number(b.price)).toBeLessThanOrEqual(budget.get(tender)!);
      expect(contracts.get(tender)?.[0].supplier_uscc).toBe(winners[0].bidder_uscc);
    }
  });

  it('draws panels of 5 or 7 distinct people with one leader', () => {
    for (const [, seats] of groupBy(w.evaluations, 'tender_id')) {
      expect([5, 7]).toContain(seats.length);
      expect(new Set(seats.map((s) => s.expert_id)).size).toBe(seats.length);
      expect(seats.filter((s) => s.role === '组长')).toHaveLength(1);
    }
  });

  it('has every payment approved by an official of the paying unit', () => {
    const worksAt = new Map(w.persons.map((p) => [p.person_id, p]));
    for (const p of w.payments) {
      const a = worksAt.get(p.approver_id)!;
      expect(a.is_official).toBe('是');
      expect(a.org_code).toBe(p.payer_id);
    }
  });

  it('founds companies and starts stakes and jobs before the first tender', () => {
    const first = w.tenders.map((t) => t.publish_date).sort()[0];
    for (const c of w.companies) expect(c.established < first).toBe(true);
    for (const s of w.shareholdings) expect(s.since < first).toBe(true);
    for (const p of w.positions) expect(p.start < first).toBe(true);
  });

  it('spreads honest bids around 0.9 of the budget with a realistic dispersion', () => {
    const budget = new Map(w.tenders.map((t) => [t.tender_id, Number(t.budget)]));
    const ratios = w.bids.map((b) => Number(b.price) / budget.get(b.tender_id)!);
    const mean = ratios.reduce((s, x) => s + x, 0) / ratios.length;
    expect(mean).toBeGreaterThan(0.82);
    expect(mean).toBeLessThan(0.95);
  });
});
