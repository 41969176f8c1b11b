// World sizes: the named scales and how every population (entities, planted patterns, decoys) follows the company count.
import { InputError } from '../core/errors';
import { HOME_REGION_COUNT } from './data/regions';

export const SCALES = { small: 300, demo: 2000, medium: 20_000, large: 100_000 } as const;
export type ScaleName = keyof typeof SCALES;

export interface ScaleParams {
  /** `demo`, `small`, … or `custom` for a company count. */
  readonly name: string;
  readonly companies: number;
  readonly tenders: number;
  /** Home regions (districts) with organisations. */
  readonly regions: number;
  /** Organisations per region, roughly. */
  readonly orgsPerRegion: number;
  readonly experts: number;
  /** Niches in use (fewer in tiny worlds so pools stay deep enough). */
  readonly niches: number;
  /** Share of organisations whose payments are in the finance export. */
  readonly paymentCoverage: number;
  readonly planted: {
    readonly rings: number;
    readonly interestTransfer: number;
    readonly splitPayments: number;
    readonly paymentBeforeContract: number;
    readonly paymentOverContract: number;
    readonly expertTies: number;
  };
  readonly decoys: {
    readonly agentAddresses: number;
    readonly agentSize: number;
    readonly accountantPhones: number;
    readonly accountantSize: number;
    readonly bigBidders: number;
    readonly nicheMarkets: number;
    readonly officialRelativeCompanies: number;
    readonly expertRelatives: number;
    readonly regularInstallments: number;
    readonly paymentBursts: number;
    readonly paidOnSigningDay: number;
    readonly sharedIps: number;
  };
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const per = (c: number, rate: number, min: number): number => Math.max(min, Math.round(c * rate));

/** Everything derived from the company count `c`. */
export function paramsFor(name: string, c: number): ScaleParams {
  const ratio = 0.5 + 0.5 * clamp(Math.log(c / 2000) / Math.log(50), 0, 1);
  const regions = clamp(Math.round(Math.sqrt(c) / 6), 2, HOME_REGION_COUNT);
  return {
    name,
    companies: c,
    tenders: Math.round(c * ratio),
    regions,
    orgsPerRegion: Math.max(12, Math.round(c / 25 / regions)),
    experts: per(c, 0.04, 45),
    niches: clamp(Math.round(c / 25), 12, 1000),
    paymentCoverage: 0.14,
    planted: {
      rings: per(c, 0.0075, 3),
      interestTransfer: per(c, 0.005, 3),
      splitPayments: per(c, 0.005, 2),
      paymentBeforeContract: per(c, 0.0025, 2),
      paymentOverContract: per(c, 0.0025, 2),
      expertTies: per(c, 0.0025, 2),
    },
    decoys: {
      agentAddresses: Math.max(1, Math.round(Math.sqrt(c) / 15)),
      agentSize: clamp(Math.round(c * 0.05), 20, 400),
      accountantPhones: Math.max(1, Math.round(Math.sqrt(c) / 20)),
      accountantSize: clamp(Math.round(c * 0.03), 15, 300),
      bigBidders: per(c, 0.002, 3),
      nicheMarkets: per(c, 0.0015, 1),
      officialRelativeCompanies: per(c, 0.003, 2),
      expertRelatives: per(c, 0.001, 1),
      regularInstallments: per(c, 0.002, 1),
      paymentBursts: per(c, 0.002, 1),
      paidOnSigningDay: per(c, 0.002, 1),
      sharedIps: clamp(Math.round(Math.sqrt(c) / 40), 1, 8),
    },
  };
}

/** `demo|small|medium|large` or a company count (≥ 100). */
export function resolveScale(s: string): ScaleParams {
  if (Object.prototype.hasOwnProperty.call(SCALES, s)) return paramsFor(s, SCALES[s as ScaleName]);
  if (/^\d+$/.test(s) && Number(s) >= 100 && Number(s) <= 2_000_000) return paramsFor('custom', Number(s));
  throw new InputError(
    'world.scale',
    `规模 --scale 无效：${s}，应为 demo、small、medium、large 或 100–2000000 之间的企业数`,
    `invalid --scale ${s}: expected demo, small, medium, large or a company count between 100 and 2000000`,
    { field: 'scale', expected: 'demo|small|medium|large|<companies>' },
  );
}
