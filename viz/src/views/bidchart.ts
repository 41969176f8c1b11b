// Cover-bid chart (SVG): per tender, each bid as % above the winning price; members vs others.
import type { BidRow } from '../api/types';
import { h, s } from '../dom';
import { t } from '../i18n';

const W = 720;
const H = 260;
const PAD = { l: 48, r: 12, t: 16, b: 64 };

/** Bid price relative to the tender's winning (else lowest) price, in %. */
export function relativeBids(rows: BidRow[]): Map<string, { row: BidRow; rel: number }[]> {
  const byTender = new Map<string, BidRow[]>();
  for (const r of rows) byTender.set(r.tender_id, [...(byTender.get(r.tender_id) ?? []), r]);
  const out = new Map<string, { row: BidRow; rel: number }[]>();
  for (const [tender, rs] of [...byTender].sort(([a], [b]) => a.localeCompare(b))) {
    const ref = rs.find((r) => r.is_winner)?.price ?? Math.min(...rs.map((r) => r.price));
    out.set(
      tender,
      rs.map((row) => ({ row, rel: ref ? (row.price / ref - 1) * 100 : 0 })),
    );
  }
  return out;
}

export function bidChart(
  rows: BidRow[],
  members: Set<string>,
  colorOf: (uscc: string) => string,
): HTMLElement {
  const data = relativeBids(rows);
  const rels = [...data.values()].flat().map((d) => d.rel);
  const lo = Math.min(-2, ...rels);
  const hi = Math.max(10, ...rels);
  const tenders = [...data.keys()];
  const x = (i: number) => PAD.l + ((i + 0.5) * (W - PAD.l - PAD.r)) / Math.max(1, tenders.length);
  const y = (v: number) => PAD.t + ((hi - v) * (H - PAD.t - PAD.b)) / (hi - lo || 1);
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'bid-chart',
    'data-testid': 'bid-chart',
    role: 'img',
  });
  const step = [5, 10, 20, 50, 100].find((x) => (hi - lo) / x <= 6) ?? 200;
  const ticks = Array.from({ length: Math.floor(hi / step) + 1 }, (_, i) => i * step);
  for (const v of ticks) {
    svg.append(
      s('line', { x1: PAD.l, x2: W - PAD.r, y1: y(v), y2: y(v), class: v === 0 ? 'axis' : 'grid' }),
      s('text', { x: PAD.l - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' }, `${v}%`),
    );
  }
  tenders.forEach((tender, i) => {
    svg.append(
      s(
        'text',
        { x: x(i), y: H - PAD.b + 12, transform: `rotate(40 ${x(i)} ${H - PAD.b + 12})`, class: 'tick' },
        tender,
      ),
    );
    for (const { row, rel } of data.get(tender) ?? []) {
      const member = members.has(row.bidder_uscc);
      const dot = s('circle', {
        cx: x(i) + (member ? 0 : 6),
        cy: y(rel),
        r: member ? 5 : 3.5,
        fill: member ? colorOf(row.bidder_uscc) : '#b0b0b0',
        stroke: row.is_winner ? '#000' : 'none',
        'stroke-width': 2,
      });
      dot.append(
        s(
          'title',
          {},
          `${row.bidder_name ?? row.bidder_uscc} ${tender}：${row.price.toLocaleString()}（${rel >= 0 ? '+' : ''}${rel.toFixed(1)}%）${row.is_winner ? t('winner') : ''}`,
        ),
      );
      svg.append(dot);
    }
  });
  const legend = h(
    'p.chart-legend',
    null,
    h('span.dot.member'),
    t('memberBid'),
    ' ',
    h('span.dot.other'),
    t('otherBid'),
    ' ',
    h('span.dot.win'),
    t('winner'),
  );
  return h('figure.chart', null, h('figcaption', null, t('bidChart')), svg, legend);
}
