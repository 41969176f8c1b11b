// Public bodies (单位): kinds, hierarchy, officials, what they buy and whether their payments are in the finance export.
import { REGIONS } from '../data/regions';
import { makeUscc } from '../ids';

export type OrgKind = 'gov' | 'bureau' | 'town' | 'hospital' | 'school' | 'soe' | 'village';

/** organizations.kind as written (单位类型). */
export const ORG_KIND_LABEL: Record<OrgKind, string> = {
  gov: '机关',
  bureau: '机关',
  town: '机关',
  hospital: '医院',
  school: '学校',
  soe: '国企',
  village: '村委会',
};

/** USCC registration type by kind: 11 机关, 12 事业单位, 91 企业, 54 基层群众性自治组织. */
const USCC_PREFIX: Record<OrgKind, string> = {
  gov: '11',
  bureau: '11',
  town: '11',
  hospital: '12',
  school: '12',
  soe: '91',
  village: '54',
};

/** Organisation serials start here so their USCCs never collide with companies'. */
export const ORG_SERIAL_BASE = 50_000_000;

export interface Org {
  readonly idx: number;
  /** 单位代码 (a USCC, as public bodies have). */
  readonly code: string;
  readonly name: string;
  readonly kind: OrgKind;
  readonly region: number;
  readonly parent: number;
  /** Officials (person indices), in title order: head, deputies, finance, staff. */
  readonly officials: number[];
  /** Weights of 工程 / 货物 / 服务 in what it buys. */
  readonly cats: readonly [number, number, number];
  /** Relative number of tenders it issues. */
  readonly weight: number;
  /** Its payments appear in the finance export. */
  covered: boolean;
}

export function orgCode(kind: OrgKind, region: number, idx: number, salt: number): string {
  return makeUscc(USCC_PREFIX[kind], REGIONS[region].code, ORG_SERIAL_BASE + idx, salt);
}

/** The official who approves a payment: the head at or above the threshold, else the finance head or a deputy. */
export function approverOf(o: Org, amountFen: number, thresholdFen: number, pick: number): number {
  const offs = o.officials;
  if (amountFen >= thresholdFen) return offs[0];
  return pick % 2 === 0 ? offs[Math.min(3, offs.length - 1)] : offs[Math.min(1, offs.length - 1)];
}
