// Public bodies per home region as a tree (government → bureaus → hospitals/schools; government → towns → villages) with officials.
import { OFFICIAL_TITLES } from '../data/people';
import { PLACE_CHARS, TOWN_SUFFIXES } from '../data/places';
import { REGIONS } from '../data/regions';
import type { Rng } from '../rng';
import { orgCode, type Org, type OrgKind } from '../tables/orgs';
import { CAT } from '../tables/persons';
import type { World } from '../world';
import { newPerson } from './people';

/** Bureaus in creation order, with what they buy (工程, 货物, 服务). */
const BUREAUS: readonly [string, [number, number, number]][] = [
  ['交通运输局', [0.8, 0.1, 0.1]],
  ['住房和城乡建设局', [0.7, 0.1, 0.2]],
  ['卫生健康局', [0.2, 0.6, 0.2]],
  ['教育局', [0.3, 0.5, 0.2]],
  ['水利局', [0.8, 0.1, 0.1]],
  ['农业农村局', [0.5, 0.3, 0.2]],
  ['综合行政执法局', [0.2, 0.3, 0.5]],
  ['财政局', [0.05, 0.35, 0.6]],
  ['自然资源和规划局', [0.3, 0.1, 0.6]],
  ['民政局', [0.2, 0.3, 0.5]],
  ['文化和广电旅游体育局', [0.3, 0.3, 0.4]],
];
const HOSPITALS = ['人民医院', '中医院', '妇幼保健院', '第二人民医院', '第三人民医院', '口腔医院'];
const SCHOOLS = [
  '实验小学',
  '第一中学',
  '第二中学',
  '职业高级中学',
  '实验幼儿园',
  '实验初级中学',
  '外国语学校',
];
const SOES = ['城市建设投资集团有限公司', '交通投资集团有限公司', '水务集团有限公司', '国有资产经营有限公司'];

const CATS: Record<OrgKind, [number, number, number]> = {
  gov: [0.3, 0.2, 0.5],
  bureau: [0.4, 0.3, 0.3],
  town: [0.6, 0.1, 0.3],
  hospital: [0.15, 0.65, 0.2],
  school: [0.3, 0.45, 0.25],
  soe: [0.6, 0.15, 0.25],
  village: [0.85, 0.05, 0.1],
};
const WEIGHT: Record<OrgKind, number> = {
  gov: 1,
  bureau: 3,
  town: 1.2,
  hospital: 3,
  school: 1.2,
  soe: 3,
  village: 0.4,
};
const OFFICIALS: Record<OrgKind, [number, number]> = {
  gov: [5, 7],
  bureau: [6, 9],
  town: [5, 7],
  hospital: [5, 7],
  school: [4, 6],
  soe: [5, 7],
  village: [3, 5],
};

class RegionBuilder {
  private readonly used = new Set<string>();
  readonly prefix: string;
  readonly level: string;
  constructor(
    private readonly w: World,
    private readonly rng: Rng,
    readonly region: number,
  ) {
    const r = REGIONS[region];
    this.prefix = r.district.endsWith('市') ? r.district : r.city + r.district;
    this.level = r.district.slice(-1);
  }

  place(): string {
    for (;;) {
      const s = this.rng.pick(PLACE_CHARS) + this.rng.pick(PLACE_CHARS);
      if (s[0] !== s[1] && !this.used.has(s)) return (this.used.add(s), s);
    }
  }

  add(name: string, kind: OrgKind, parent: number, cats = CATS[kind]): number {
    const idx = this.w.orgs.length;
    const code = orgCode(kind, this.region, idx, this.w.salt);
    const org: Org = {
      idx,
      code,
      name,
      kind,
      region: this.region,
      parent,
      officials: [],
      cats,
      weight: WEIGHT[kind],
      covered: false,
    };
    org.covered = this.rng.chance(this.w.params.paymentCoverage);
    this.w.orgs.push(org);
    this.officials(org);
    return idx;
  }

  private officials(org: Org): void {
    const [lo, hi] = OFFICIALS[org.kind];
    const titles: readonly string[] = OFFICIAL_TITLES[org.kind];
    const n = this.rng.range(lo, hi);
    const town = org.kind === 'town' && org.name.endsWith('街道办事处');
    for (let k = 0; k < n; k++) {
      let title = titles[Math.min(k, titles.length - 1)];
      if (org.kind === 'gov') title = title.replace('区长', this.level + '长');
      if (town) title = title.replace('镇长', '街道办事处主任').replace('副镇长', '街道办事处副主任');
      const region = this.rng.chance(0.8) ? this.region : this.rng.pick(this.w.homeRegions);
      const years: [number, number] = k === 0 ? [1964, 1978] : k < 4 ? [1965, 1984] : [1965, 1996];
      const p = newPerson(this.w, this.rng, {
        region,
        years,
        cat: CAT.official,
        maleP: k < 3 ? 0.75 : 0.5,
        org: org.idx,
        title,
      });
      org.officials.push(p);
    }
  }
}

/** Splits `n` organisations of a region over kinds. */
function quotas(n: number): Record<OrgKind, number> {
  const bureau = Math.min(BUREAUS.length, Math.max(4, Math.round(n * 0.15)));
  const hospital = Math.max(1, Math.round(n * 0.08));
  const school = Math.max(2, Math.round(n * 0.2));
  const soe = Math.max(1, Math.round(n * 0.05));
  const town = Math.max(1, Math.round(n * 0.08));
  const village = Math.max(2, n - 1 - bureau - hospital - school - soe - town);
  return { gov: 1, bureau, hospital, school, soe, town, village };
}

function buildRegion(w: World, rng: Rng, region: number): void {
  const b = new RegionBuilder(w, rng, region);
  const q = quotas(w.params.orgsPerRegion);
  const short = REGIONS[region].short;
  const gov = b.add(`${b.prefix}人民政府`, 'gov', -1);
  const bureaus = BUREAUS.slice(0, q.bureau).map(([name, cats]) =>
    b.add(b.prefix + name, 'bureau', gov, cats),
  );
  for (let k = 0; k < q.soe; k++) {
    b.add(short + (k >= SOES.length ? b.place() : '') + SOES[k % SOES.length], 'soe', gov);
  }
  const towns: [number, string][] = [];
  for (let k = 0; k < q.town; k++) {
    const town = b.prefix + b.place() + rng.pick(TOWN_SUFFIXES);
    towns.push([b.add(town + (town.endsWith('镇') ? '人民政府' : '办事处'), 'town', gov), town]);
  }
  for (let k = 0; k < q.hospital; k++) {
    const extra = k - HOSPITALS.length;
    const name =
      extra < 0
        ? b.prefix + HOSPITALS[k]
        : extra < towns.length
          ? `${towns[extra][1]}卫生院`
          : `${b.prefix}${b.place()}社区卫生服务中心`;
    b.add(name, 'hospital', bureaus[2]);
  }
  for (let k = 0; k < q.school; k++) {
    const name =
      k < SCHOOLS.length ? b.prefix + SCHOOLS[k] : `${b.prefix}${b.place()}${k % 3 ? '小学' : '初级中学'}`;
    b.add(name, 'school', bureaus[3]);
  }
  for (let k = 0; k < q.village; k++) {
    const [town, townName] = towns[k % towns.length];
    b.add(`${townName}${b.place()}村村民委员会`, 'village', town);
  }
}

/** Chooses the home regions and builds their organisations and officials. */
export function buildOrgs(w: World): void {
  const rng = w.rng.fork('orgs');
  const home = REGIONS.map((r, i) => (r.home ? i : -1)).filter((i) => i >= 0);
  w.homeRegions.push(...home.slice(0, w.params.regions));
  for (const r of w.homeRegions) buildRegion(w, rng, r);
}
