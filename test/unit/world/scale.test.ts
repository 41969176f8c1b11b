// Scales: the named sizes, custom company counts, planted and decoy populations growing with the world.
import { InputError } from '../../../core/errors';
import { resolveScale } from '../../../world/scale';
import { generateInto, removeTmp } from './read';

afterAll(removeTmp);

describe('world scales', () => {
  it('resolves the named scales and custom company counts', () => {
    expect(resolveScale('small')).toMatchObject({ companies: 300, tenders: 150 });
    expect(resolveScale('demo')).toMatchObject({ companies: 2000, tenders: 1000 });
    expect(resolveScale('large')).toMatchObject({ companies: 100_000, tenders: 100_000 });
    expect(resolveScale('large').planted.rings).toBe(750);
    expect(resolveScale('5000')).toMatchObject({ name: 'custom', companies: 5000 });
  });

  it('rejects an unknown scale with a message naming the field and what is expected', () => {
    expect(() => resolveScale('huge')).toThrow(InputError);
    expect(() => resolveScale('huge')).toThrow(/--scale.*demo、small、medium、large/);
    expect(() => resolveScale('12')).toThrow(InputError);
  });

  it('plants the demo populations: ~15 rings, ~10 interest transfers, ~10 splits, ~5 of the rest, and every decoy', async () => {
    const r = await generateInto('demo', { scale: 'demo', seed: 3 });
    expect(r.truth.counts.planted).toEqual({
      rings: 15,
      interestTransfer: 10,
      splitPayments: 10,
      paymentBeforeContract: 5,
      paymentOverContract: 5,
      expertTies: 5,
    });
    expect(r.stats.rows.companies).toBeGreaterThanOrEqual(2000);
    expect(r.stats.rows.tenders).toBe(1000);
    const d = r.truth.decoys;
    expect(d.agentAddresses.every((a) => a.members.length >= 40)).toBe(true);
    expect(d.bigBidders.every((b) => b.bids >= 20)).toBe(true);
    expect(d.nicheMarkets.every((m) => m.tenders.length >= 6 && m.members.length >= 3)).toBe(true);
    expect(d.officialRelativeCompanies.length).toBe(6);
  }, 60_000);

  it('grows planted and decoy populations with a custom scale of 5000 companies', async () => {
    const r = await generateInto('5000', { scale: '5000', seed: 4 });
    expect(r.truth.counts.planted.rings).toBe(38);
    expect(r.truth.counts.planted.interestTransfer).toBe(25);
    expect(r.truth.decoys.officialRelativeCompanies.length).toBe(15);
    expect(r.stats.rows.bids / r.stats.rows.tenders).toBeGreaterThan(6);
  }, 60_000);
});
