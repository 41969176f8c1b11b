// Benchmark world writer: a seeded synthetic world of every kind (CSV, English headers) with N bid rows.
import fs from 'node:fs';
import path from 'node:path';
import { idCardCheckChar, usccCheckChar } from '../../core/ids';

/** mulberry32: a small seeded generator, so every benchmark run loads the same files. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const uscc = (i: number) => {
  const b = `91110108MA${String(i).padStart(7, '0')}`;
  return b + usccCheckChar(b);
};
/** Unique up to 10 million: the birth date walks 10,000 days from 1960, the sequence number counts the rest. */
const personId = (i: number) => {
  const d = new Date(Date.UTC(1960, 0, 1) + (i % 10000) * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, '');
  const b = `110105${d}${String(Math.floor(i / 10000) % 1000).padStart(3, '0')}`;
  return b + idCardCheckChar(b);
};
const org = (i: number) => `ORG${String(i).padStart(6, '0')}`;
const phone = (i: number) => `13${String(100000000 + i).slice(-9)}`;
const mac = (i: number) =>
  (0x001a2b000000 + i).toString(16).padStart(12, '0').toUpperCase().match(/../g)!.join('-');

export interface WorldSize {
  bids: number;
}

/** Writes <dir>/<kind>.csv for every kind; returns the row count of each file. */
export function writeWorld(dir: string, size: WorldSize, seed = 20241): Record<string, number> {
  fs.mkdirSync(dir, { recursive: true });
  const r = rng(seed);
  const pick = (n: number) => Math.floor(r() * n);
  const tenders = Math.ceil(size.bids / 5);
  const companies = Math.max(100, Math.ceil(size.bids / 20));
  const persons = companies * 2;
  const orgs = Math.max(10, Math.ceil(companies / 25));
  const counts: Record<string, number> = {};
  const write = (kind: string, header: string[], n: number, row: (i: number) => unknown[]) => {
    const fd = fs.openSync(path.join(dir, `${kind}.csv`), 'w');
    let buf = header.join(',') + '\n';
    for (let i = 0; i < n; i++) {
      buf += row(i).join(',') + '\n';
      if (buf.length > 1 << 20) {
        fs.writeSync(fd, buf);
        buf = '';
      }
    }
    fs.writeSync(fd, buf);
    fs.closeSync(fd);
    counts[kind] = n;
  };
  write('organizations', ['org_code', 'name', 'parent_code', 'kind', 'region'], orgs, (i) => [
    org(i),
    `单位${i}`,
    i > 0 ? org(Math.floor(i / 10)) : '',
    '机关',
    `地区${i % 30}`,
  ]);
  write(
    'companies',
    ['uscc', 'name', 'legal_rep_id', 'address', 'phone', 'established', 'registered_capital'],
    companies,
    (i) => [
      uscc(i),
      `企业${i}有限公司`,
      personId(i),
      `北京市海淀区某路${pick(companies)}号`,
      phone(pick(companies)),
      `20${10 + (i % 14)}-0${1 + (i % 9)}-1${i % 10}`,
      1000000 + i,
    ],
  );
  write(
    'persons',
    ['person_id', 'name', 'phone', 'org_code', 'position', 'is_official', 'category'],
    persons,
    (i) => [
      personId(i),
      `人员${i}`,
      phone(i + companies),
      i % 5 === 0 ? org(i % orgs) : uscc(i % companies),
      '职员',
      i % 5 === 0 ? '是' : '否',
      i % 5 === 0 ? '公职人员' : '企业人员',
    ],
  );
  write('shareholdings', ['company_uscc', 'holder_id', 'holder_name', 'share_pct'], companies, (i) => [
    uscc(i),
    i % 3 === 0 ? uscc((i + 1) % companies) : personId(i),
    '',
    10 + (i % 80),
  ]);
  write('positions', ['person_id', 'entity_id', 'role', 'start'], companies, (i) => [
    personId(i + 1),
    uscc(i),
    '监事',
    '2020-01-01',
  ]);
  write('relatives', ['person_id', 'relative_id', 'relation'], Math.ceil(persons / 10), (i) => [
    personId(i * 2),
    personId(i * 2 + 1),
    '配偶',
  ]);
  write(
    'tenders',
    ['tender_id', 'name', 'purchaser_code', 'budget', 'publish_date', 'open_date'],
    tenders,
    (i) => [`T${i}`, `项目${i}`, org(i % orgs), 1000000 + pick(9000000), '2024-03-05', '2024-03-25'],
  );
  write(
    'bids',
    [
      'tender_id',
      'bidder_uscc',
      'price',
      'score',
      'rank',
      'is_winner',
      'submitted_at',
      'file_mac',
      'ip',
      'manager_id',
      'contact_phone',
    ],
    size.bids,
    (i) => {
      const t = Math.floor(i / 5);
      const c = (t * 7 + (i % 5) * 13) % companies;
      return [
        `T${t}`,
        uscc(c),
        900000 + pick(100000),
        60 + pick(40),
        (i % 5) + 1,
        i % 5 === 0 ? '是' : '否',
        '2024-03-25 09:30',
        mac(pick(companies * 2)),
        `10.${pick(256)}.${pick(256)}.${pick(256)}`,
        personId(c * 2 + 1),
        phone(pick(companies * 3)),
      ];
    },
  );
  write('evaluations', ['tender_id', 'expert_id', 'role'], tenders, (i) => [
    `T${i}`,
    personId(pick(persons)),
    '成员',
  ]);
  write(
    'contracts',
    ['contract_id', 'tender_id', 'buyer_code', 'supplier_uscc', 'amount', 'signed'],
    tenders,
    (i) => [`C${i}`, `T${i}`, org(i % orgs), uscc((i * 7) % companies), 900000, '2024-04-01'],
  );
  write(
    'payments',
    ['payment_id', 'payer_id', 'payee_id', 'amount', 'paid_at', 'contract_id'],
    tenders,
    (i) => [`P${i}`, org(i % orgs), uscc((i * 7) % companies), 450000, '2024-05-01', `C${i}`],
  );
  return counts;
}

if (require.main === module) {
  const [dir, bids] = [process.argv[2] ?? 'bench/out/world', Number(process.argv[3] ?? 1_000_000)];
  console.log(writeWorld(dir, { bids }));
}
