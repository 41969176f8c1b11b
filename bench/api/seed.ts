// Synthetic party graph for the API benchmark when no generated world is loaded: persons, companies,
// organisations, kinship, shareholdings, positions and shared identifiers (a few of them hubs).
import { inline } from '../../graph/cypher';
import type { GraphPort } from '../../graph/port';
import { idCardCheckChar, usccCheckChar } from '../../core/ids';

export interface SeedOptions {
  persons: number;
  companies: number;
  orgs: number;
  seed: number;
}

export const SEED_DEFAULTS: SeedOptions = { persons: 60_000, companies: 25_000, orgs: 400, seed: 7 };

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function personId(i: number): string {
  const first17 = `110105${1950 + (i % 50)}0${1 + (i % 9)}1${i % 10}${String(i % 1000).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
}

export function companyUscc(i: number): string {
  const first17 = `91110108${String(i).padStart(9, '0')}`;
  return first17 + usccCheckChar(first17);
}

const orgCode = (i: number) => `ORG${String(i).padStart(5, '0')}`;

type Rows = Record<string, unknown>[];

async function batched(g: GraphPort, text: string, rows: Rows): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) {
    await g.write(inline('bench-seed', text), { rows: rows.slice(i, i + 5000) });
  }
}

/** Builds the graph (idempotent MERGE); returns pairs known to be related and unrelated. */
export async function seedSynthetic(g: GraphPort, o: SeedOptions = SEED_DEFAULTS): Promise<void> {
  const r = rng(o.seed);
  const pick = (n: number) => Math.floor(r() * n);
  const persons: Rows = [];
  for (let i = 0; i < o.persons; i++) {
    persons.push({ id: personId(i), name: `人员${i}`, org: i % 10 === 0 ? orgCode(pick(o.orgs)) : null });
  }
  await batched(
    g,
    `UNWIND $rows AS x MERGE (p:Person {person_id: x.id}) SET p.name = x.name
     WITH p, x WHERE x.org IS NOT NULL MERGE (o:Organization {org_code: x.org}) ON CREATE SET o.name = '单位' + x.org
     MERGE (p)-[:WORKS_AT]->(o)`,
    persons,
  );
  const companies: Rows = [];
  for (let i = 0; i < o.companies; i++) companies.push({ id: companyUscc(i), name: `企业${i}有限公司` });
  await batched(g, `UNWIND $rows AS x MERGE (c:Company {uscc: x.id}) SET c.name = x.name`, companies);
  const shares: Rows = [];
  for (let i = 0; i < o.companies; i++) {
    const n = 1 + pick(3);
    for (let j = 0; j < n; j++) {
      shares.push({
        p: personId(pick(o.persons)),
        c: companyUscc(i),
        pct: Math.round(100 / n),
        since: '2019-05-01',
      });
    }
    if (r() < 0.1) shares.push({ p: null, h: companyUscc(pick(o.companies)), c: companyUscc(i), pct: 30 });
  }
  await batched(
    g,
    `UNWIND $rows AS x MATCH (c:Company {uscc: x.c})
     CALL (x) { MATCH (h:Person {person_id: x.p}) RETURN h UNION MATCH (h:Company {uscc: x.h}) RETURN h }
     MERGE (h)-[s:HOLDS_SHARES]->(c) SET s.share_pct = x.pct, s.since = x.since`,
    shares,
  );
  const kin: Rows = [];
  for (let i = 0; i < o.persons / 2; i++) {
    kin.push({
      a: personId(pick(o.persons)),
      b: personId(pick(o.persons)),
      rel: ['spouse', 'sibling', 'child'][pick(3)],
    });
  }
  await batched(
    g,
    `UNWIND $rows AS x MATCH (a:Person {person_id: x.a}), (b:Person {person_id: x.b}) WHERE a <> b
     MERGE (a)-[k:RELATIVE_OF]->(b) SET k.relation = x.rel`,
    kin,
  );
  const ids: Rows = [];
  for (let i = 0; i < o.persons; i++) {
    const hub = r() < 0.01;
    ids.push({
      p: personId(i),
      phone: hub ? '13800000000' : `139${String(pick(o.persons * 2)).padStart(8, '0')}`,
    });
  }
  for (let i = 0; i < o.companies; i++) {
    ids.push({ c: companyUscc(i), phone: `139${String(pick(o.persons * 2)).padStart(8, '0')}` });
  }
  await batched(
    g,
    `UNWIND $rows AS x MERGE (ph:Phone {value: x.phone})
     WITH ph, x CALL (ph, x) { MATCH (p:Person {person_id: x.p}) RETURN p AS n UNION MATCH (c:Company {uscc: x.c}) RETURN c AS n }
     MERGE (n)-[:HAS_PHONE]->(ph)`,
    ids,
  );
  const pos: Rows = [];
  for (let i = 0; i < o.companies; i++) {
    pos.push({
      p: personId(pick(o.persons)),
      c: companyUscc(i),
      role: ['董事', '监事', '经理'][pick(3)],
      start: '2020-01-01',
    });
  }
  await batched(
    g,
    `UNWIND $rows AS x MATCH (p:Person {person_id: x.p}), (c:Company {uscc: x.c})
     MERGE (p)-[h:HOLDS_POSITION {role: x.role}]->(c) SET h.start = x.start`,
    pos,
  );
}

if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { graph, closeGraph } = require('../../graph/port') as typeof import('../../graph/port');
  seedSynthetic(graph())
    .then(() => console.log('seeded'))
    .finally(() => closeGraph());
}
