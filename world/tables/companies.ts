// The companies of the world as typed columns: name parts, region, sector, tier, people, shared identifiers, ownership rows.
import {
  AGENCY_INDUSTRIES,
  COMPANY_FORMS,
  HOLDING_INDUSTRIES,
  NICHES,
  SPECIAL_PRODUCTS,
  ZIHAO,
} from '../data/business';
import { REGIONS, provinceShort, regionName } from '../data/regions';
import { STREETS } from '../data/places';
import { landline, makeUscc, scatter } from '../ids';
import { hash32 } from '../rng';
import { f32, i32, pushRow, u16, u8 } from '../store';

/** Every industry word used in names: niche industries, special products, holdings, agencies. */
export const INDUSTRIES: readonly string[] = [
  ...new Set([
    ...NICHES.flatMap((n) => n.industries),
    ...SPECIAL_PRODUCTS.map(([, ind]) => ind),
    ...HOLDING_INDUSTRIES,
    ...AGENCY_INDUSTRIES,
  ]),
];
export const industryIndex = (s: string): number => INDUSTRIES.indexOf(s);

/** Tiers: ordinary bidders, big firms that bid everywhere, niche specialists, holding companies, tender agencies. */
export const TIER = { normal: 0, big: 1, special: 2, holding: 3, agency: 4 } as const;
/** The planted role a company already plays, so plans never reuse one. */
export const ROLE = { none: 0, ring: 1, transfer: 2, expertTie: 3, decoy: 4, group: 5 } as const;
export const NO_NICHE = 0xffff;
export const STATUSES = ['存续', '在业'] as const;
/** phoneRef / emailRef values below zero. */
export const OWN = -1;
export const OWNER_MOBILE = -2;
export const NONE = -3;

export interface CompanyInit {
  region: number;
  prefix: number;
  zihao: number;
  industry: number;
  form: number;
  niche: number;
  tier: number;
  est: number;
  capital: number;
  status: number;
  eff: number;
  quality: number;
  phoneRef: number;
  emailRef: number;
}

const KEYS = [
  'region',
  'prefix',
  'zihao',
  'industry',
  'form',
  'niche',
  'tier',
  'role',
  'est',
  'capital',
  'status',
  'legalRep',
  'staffStart',
  'staffCount',
  'pmFirst',
  'pmCount',
  'phoneRef',
  'addrRef',
  'emailRef',
  'ctrl',
  'eff',
  'quality',
] as const;

export class Companies {
  readonly cols = {
    region: u8(),
    /** 0: city/county short name, 1: province short name. */
    prefix: u8(),
    zihao: u16(),
    industry: u16(),
    form: u8(),
    niche: u16(NO_NICHE),
    tier: u8(),
    role: u8(),
    est: i32(),
    /** Registered capital in 万元. */
    capital: i32(),
    status: u8(),
    legalRep: i32(-1),
    staffStart: i32(-1),
    staffCount: u8(),
    pmFirst: i32(-1),
    pmCount: u8(),
    phoneRef: i32(OWN),
    addrRef: i32(OWN),
    emailRef: i32(OWN),
    /** Control group: companies under one controller never bid against each other honestly. */
    ctrl: i32(-1),
    /** Cost efficiency: honest prices scale with it. */
    eff: f32(),
    /** Mean technical score of its bids. */
    quality: f32(),
  };
  readonly names = new Set<string>();
  readonly sharedPhones: string[] = [];
  readonly sharedAddresses: string[] = [];
  readonly sharedEmails: string[] = [];

  constructor(private readonly salt: number) {}

  get length(): number {
    return this.cols.region.length;
  }

  /** Adds a company if its name is new; returns its index or -1 when the name is taken. */
  tryAdd(c: CompanyInit): number {
    const name = this.nameOf(c.region, c.prefix, c.zihao, c.industry, c.form);
    if (this.names.has(name)) return -1;
    this.names.add(name);
    return pushRow(this.cols, KEYS, c as unknown as Record<string, number>);
  }

  private nameOf(region: number, prefix: number, zihao: number, industry: number, form: number): string {
    const r = REGIONS[region];
    const z = ZIHAO[zihao >> 8][0] + ZIHAO[zihao & 255][0];
    return (prefix === 1 ? provinceShort(r) : r.short) + z + INDUSTRIES[industry] + COMPANY_FORMS[form];
  }

  name(c: number): string {
    const d = this.cols;
    return this.nameOf(
      d.region.data[c],
      d.prefix.data[c],
      d.zihao.data[c],
      d.industry.data[c],
      d.form.data[c],
    );
  }

  private readonly usccs: string[] = [];

  /** Enterprise USCC (`91` + region + scattered organisation code), computed once. */
  uscc(c: number): string {
    return (this.usccs[c] ??= makeUscc('91', REGIONS[this.cols.region.data[c]].code, c, this.salt));
  }

  phone(c: number, ownerMobile: (p: number) => string): string {
    const ref = this.cols.phoneRef.data[c];
    if (ref >= 0) return this.sharedPhones[ref];
    if (ref === NONE) return '';
    if (ref === OWNER_MOBILE) return ownerMobile(this.cols.legalRep.data[c]);
    return landline(REGIONS[this.cols.region.data[c]].area, c, this.salt);
  }

  address(c: number): string {
    const ref = this.cols.addrRef.data[c];
    return ref >= 0 ? this.sharedAddresses[ref] : this.ownAddress(c);
  }

  ownAddress(c: number): string {
    const h = hash32(c, this.salt, 31);
    const street = STREETS[h % STREETS.length];
    const no = ((h >>> 8) % 699) + 1;
    const room = ((hash32(c, 32) % 12) + 1) * 100 + (hash32(c, 33) % 20) + 1;
    return `${regionName(REGIONS[this.cols.region.data[c]])}${street}${no}号${(hash32(c, 34) % 20) + 1}幢${room}室`;
  }

  email(c: number): string {
    const ref = this.cols.emailRef.data[c];
    if (ref >= 0) return this.sharedEmails[ref];
    if (ref === NONE) return '';
    return this.ownEmail(c);
  }

  /** The mailbox the company would use on its own (pinyin of the 字号 + scattered digits). */
  ownEmail(c: number): string {
    const z = this.cols.zihao.data[c];
    const local =
      ZIHAO[z >> 8][1] + ZIHAO[z & 255][1] + String(scatter(c, 6, this.salt ^ 0x4)).padStart(6, '0');
    return `${local}@${['163.com', '126.com', 'sina.com', 'aliyun.com'][hash32(c, 35) % 4]}`;
  }
}
