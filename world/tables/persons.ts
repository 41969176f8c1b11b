// The people of the world as typed columns: birth place and date (→ 身份证号), name parts, category, employer, title.
import { dayOf } from '../calendar';
import { COMPOUND_SURNAMES, FEMALE_CHARS, MALE_CHARS, SURNAMES } from '../data/people';
import { REGIONS, regionName } from '../data/regions';
import { STREETS } from '../data/places';
import { makeIdCard, mobile, scatter } from '../ids';
import { hash32 } from '../rng';
import { i32, u16, u8 } from '../store';

/** persons.category values (stored) and their 中文 labels (written). */
export const PERSON_CATS = ['公职人员', '评标专家', '企业人员', '其他'] as const;
export const CAT = { official: 0, expert: 1, staff: 2, other: 3 } as const;

/** Given-name characters: male pool then female pool. */
export const GIVEN: readonly string[] = [...MALE_CHARS, ...FEMALE_CHARS];
export const NO_CHAR = 0xffff;
export const ALL_SURNAMES: readonly string[] = [...SURNAMES, ...COMPOUND_SURNAMES];

export const BIRTH_MIN = dayOf(1935, 1, 1);
export const BIRTH_MAX = dayOf(2004, 12, 31);
const SPAN = BIRTH_MAX - BIRTH_MIN + 1;

export interface PersonInit {
  region: number;
  birth: number;
  male: boolean;
  sur: number;
  g1: number;
  g2?: number;
  cat: number;
  org?: number;
  company?: number;
  title?: number;
  addrOf?: number;
}

export class Persons {
  readonly cols = {
    region: u8(),
    birth: i32(),
    male: u8(),
    sur: u16(),
    g1: u16(),
    g2: u16(NO_CHAR),
    cat: u8(),
    org: i32(-1),
    company: i32(-1),
    title: u16(NO_CHAR),
    addrOf: i32(-1),
    seq: u16(),
  };
  /** Interned job titles (persons.position, positions.role). */
  readonly titles: string[] = [];
  private readonly titleIdx = new Map<string, number>();

  private readonly counters = new Uint8Array(REGIONS.length * SPAN);

  constructor(private readonly salt: number) {}

  get length(): number {
    return this.cols.region.length;
  }

  /**
   * Adds a person. The 3-digit sequence of the 身份证号 is fixed here so ids are final at once and unique:
   * one counter per (region, birth day), odd for men and even for women, from a scattered base.
   */
  add(p: PersonInit): number {
    if (p.birth < BIRTH_MIN || p.birth > BIRTH_MAX) throw new RangeError(`birth day ${p.birth} out of range`);
    const k = p.region * SPAN + (p.birth - BIRTH_MIN);
    const n = this.counters[k]++;
    if (n >= 200) throw new RangeError('too many people born the same day in one region');
    const base = (hash32(p.region, p.birth, this.salt) % 290) * 2;
    const c = this.cols;
    c.region.push(p.region);
    c.birth.push(p.birth);
    c.male.push(p.male ? 1 : 0);
    c.sur.push(p.sur);
    c.g1.push(p.g1);
    c.g2.push(p.g2 ?? NO_CHAR);
    c.cat.push(p.cat);
    c.org.push(p.org ?? -1);
    c.company.push(p.company ?? -1);
    c.title.push(p.title ?? NO_CHAR);
    c.addrOf.push(p.addrOf ?? -1);
    return c.seq.push(base + 2 * n + (p.male ? 1 : 2));
  }

  title(s: string): number {
    let i = this.titleIdx.get(s);
    if (i === undefined) {
      i = this.titles.push(s) - 1;
      this.titleIdx.set(s, i);
    }
    return i;
  }

  titleOf(p: number): string {
    const t = this.cols.title.data[p];
    return t === NO_CHAR ? '' : this.titles[t];
  }

  name(p: number): string {
    const c = this.cols;
    const g2 = c.g2.data[p];
    return ALL_SURNAMES[c.sur.data[p]] + GIVEN[c.g1.data[p]] + (g2 === NO_CHAR ? '' : GIVEN[g2]);
  }

  private readonly ids: string[] = [];

  /** The 身份证号, computed once. */
  id(p: number): string {
    const c = this.cols;
    return (this.ids[p] ??= makeIdCard(REGIONS[c.region.data[p]].code, c.birth.data[p], c.seq.data[p]));
  }

  phone(p: number): string {
    return mobile(p, this.salt);
  }

  /** Home address (户籍地址) in the region of the 身份证号; family members may share one. */
  address(p: number): string {
    const owner = this.cols.addrOf.data[p] >= 0 ? this.cols.addrOf.data[p] : p;
    const h = hash32(owner, this.salt, 11);
    const street = STREETS[h % STREETS.length];
    const no = ((h >>> 8) % 399) + 1;
    const bld = (hash32(owner, 12) % 30) + 1;
    const room = ((hash32(owner, 13) % 18) + 1) * 100 + ((hash32(owner, 14) % 4) + 1);
    return `${regionName(REGIONS[this.cols.region.data[owner]])}${street}${no}号${bld}幢${room}室`;
  }

  /** About a third of people give a QQ mailbox. */
  email(p: number): string {
    if (hash32(p, this.salt, 21) % 3 !== 0) return '';
    return `${(hash32(p, 22) % 8) + 1}${String(scatter(p, 8, this.salt ^ 0x5)).padStart(8, '0')}@qq.com`;
  }
}
