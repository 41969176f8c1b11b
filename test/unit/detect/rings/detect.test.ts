// Ring detection end to end over in-memory inputs: planted ring, hub address, big firm, seeds.
import { detectRingsInMemory, groupContext } from '../../../../detect/rings';
import type { Ring } from '../../../../detect/types';
import { identifierSignal } from '../../../../detect/rings/signals/identifiers';
import { BIG, buildWorld, HUB_ADDRESS, NICHE, RING, RING_PHONE } from './world';

function run(world: ReturnType<typeof buildWorld>, seed = 11) {
  return detectRingsInMemory(
    world.rows,
    { names: world.names, identifiers: world.identifiers, paths: [] },
    { seed },
  );
}

const reported = (rings: Ring[]) => rings.filter((r) => r.level !== '三级');

describe('detectRingsInMemory', () => {
  it('finds a planted four-firm rotation ring among honest noise as one group whose evidence names the shared phone', () => {
    const { rings } = run(buildWorld());
    expect(reported(rings)).toHaveLength(1);
    const ring = rings[0];
    expect(ring.members.map((m) => m.uscc)).toEqual(RING);
    expect(ring.members[0].name).toBe('R1建设有限公司');
    expect(ring.level).not.toBe('三级');
    const phone = ring.evidence.find((e) => e.kind === 'shared_phone');
    expect(phone?.text).toContain(RING_PHONE);
    expect(phone?.text).toContain('R1建设有限公司');
    expect(ring.evidence.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['win_rotation', 'cover_bid', 'cohesion']),
    );
    expect(ring.tenders).toHaveLength(12);
    expect(ring.score).toBeGreaterThan(0);
    expect(ring.score).toBeLessThanOrEqual(1);
  });

  it('creates no ring and no shared-identifier evidence from an address shared by 200 firms', () => {
    const honestOnly = run(buildWorld({ ring: false }));
    expect(reported(honestOnly.rings)).toHaveLength(0);
    const { rings } = run(buildWorld());
    const texts = rings.flatMap((r) => r.evidence.map((e) => e.text)).join('\n');
    expect(texts).not.toContain(HUB_ADDRESS);
    expect(rings.flatMap((r) => r.evidence).some((e) => e.kind === 'shared_address')).toBe(false);
  });

  it('gives an identifier shared by 200 parties no weight even among firms that bid together', () => {
    const world = buildWorld();
    const ctx = groupContext(['H00', 'H01', 'H02'], { tenders: world.rows, byCompany: new Map() });
    const hubOnly = world.identifiers.filter((r) => r.kind === 'Address');
    const signal = identifierSignal(ctx, hubOnly, world.names, 20);
    expect(signal.value).toBe(0);
    expect(signal.evidence).toHaveLength(0);
  });

  it('does not pull a big firm that bids on every tender into the ring', () => {
    const { rings } = run(buildWorld({ big: true }));
    expect(rings.some((r) => r.members.some((m) => m.uscc === BIG))).toBe(false);
    expect(rings[0].members.map((m) => m.uscc)).toEqual(RING);
    expect(reported(rings)).toHaveLength(1);
  });

  it('does not report sole suppliers who always meet but price independently (a niche market)', () => {
    const { rings, groups } = run(buildWorld({ niche: true }));
    expect(groups.map((g) => g.members)).toContainEqual(NICHE);
    const niche = rings.find((r) => r.members.some((m) => NICHE.includes(m.uscc)));
    expect(niche?.level ?? '三级').toBe('三级');
    expect(reported(rings).map((r) => r.members.map((m) => m.uscc))).toEqual([RING]);
  });

  it('gives identical output for the same seed', () => {
    const world = buildWorld({ big: true });
    const a = run(world, 123);
    const b = run(buildWorld({ big: true }), 123);
    expect(JSON.stringify(b.rings)).toBe(JSON.stringify(a.rings));
    expect(b.modularity).toBe(a.modularity);
  });

  it('finds the same ring whatever the seed', () => {
    for (const seed of [1, 2, 3, 99]) {
      expect(reported(run(buildWorld(), seed).rings).map((r) => r.members.map((m) => m.uscc))).toEqual([
        RING,
      ]);
    }
  });

  it('keeps a ring id stable across runs and independent of member order', () => {
    const a = run(buildWorld(), 1).rings[0];
    const b = run(buildWorld({ big: true }), 2).rings[0];
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^bid-rigging-ring:[0-9a-f]{16}$/);
  });
});
