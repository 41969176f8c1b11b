// Ownership, position and kinship paths between members (≤ 4 hops through persons and companies):
// 共同股东、交叉持股、法定代表人或高管互为亲属 — weighted by path length.
import type { Evidence } from '../../types';
import type { GroupContext } from '../groups';
import type { MemberPath, PathStep, SignalResult } from '../types';
import { spanning } from './spanning';

/** Weight of a path by its number of hops (1..4). */
export const HOP_WEIGHT = [0, 1, 0.9, 0.75, 0.6];

function share(v: unknown): string {
  if (typeof v !== 'number') return '';
  return ` ${(v <= 1 ? v * 100 : v).toFixed(1).replace(/\.0$/, '')}%`;
}

function relText(rel: NonNullable<PathStep['rel']>): string {
  const p = rel.props;
  const label =
    rel.type === 'HOLDS_SHARES'
      ? `持股${share(p.share_pct)}`
      : rel.type === 'HOLDS_POSITION'
        ? String(p.role ?? '任职')
        : rel.type === 'LEGAL_REP_OF'
          ? '法定代表人'
          : String(p.relation ?? '亲属');
  if (rel.type === 'RELATIVE_OF') return `—${label}—`;
  return rel.forward ? `—${label}→` : `←${label}—`;
}

export function pathText(steps: PathStep[]): string {
  return steps.map((s) => `${s.rel ? ` ${relText(s.rel)} ` : ''}${s.name ?? s.key}`).join('');
}

export function pathKind(path: MemberPath): string {
  const types = path.steps.map((s) => s.rel?.type);
  if (types.includes('RELATIVE_OF')) return 'kinship_path';
  if (types.includes('HOLDS_SHARES')) return 'ownership_path';
  return 'position_path';
}

const KIND_ZH: Record<string, string> = {
  kinship_path: '亲属关系',
  ownership_path: '股权关系',
  position_path: '任职关系',
};

function describe(path: MemberPath): Evidence {
  const hops = path.steps.length - 1;
  const kind = pathKind(path);
  return {
    kind,
    text: `成员之间存在${KIND_ZH[kind]}（${hops} 跳）：${pathText(path.steps)}`,
    refs: path.steps.map((s) => ({ label: s.label, key: s.key })),
    data: { hops, from: path.from, to: path.to },
  };
}

export function pathSignal(ctx: GroupContext, paths: MemberPath[]): SignalResult {
  const mine = paths
    .filter((p) => ctx.memberSet.has(p.from) && ctx.memberSet.has(p.to) && p.from !== p.to)
    .sort((a, b) => a.steps.length - b.steps.length || (a.from + a.to < b.from + b.to ? -1 : 1));
  const links = mine.map((p) => ({ members: [p.from, p.to], weight: HOP_WEIGHT[p.steps.length - 1] ?? 0.5 }));
  const { value, used } = spanning(ctx.members, links);
  return { value, evidence: used.map((i) => describe(mine[i])) };
}
