// Dashboard: alert counts by rule and level, the trend over detection runs, and the top rings.
import type { View } from '../app';
import type { Dashboard } from '../api/types';
import { dashboard } from '../api/compose';
import { h, s } from '../dom';
import { t } from '../i18n';
import { load } from './common';
import { ringCard } from './rings';

function bars(title: string, counts: Record<string, number>, href: (k: string) => string): HTMLElement {
  const max = Math.max(1, ...Object.values(counts));
  return h(
    'section.panel',
    null,
    h('h3', null, title),
    h(
      'ul.bars',
      null,
      Object.entries(counts)
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) =>
          h(
            'li',
            null,
            h('a', { href: href(k) }, k),
            h('span.bar', { style: { width: `${(n / max) * 100}%` } }),
            h('b', null, String(n)),
          ),
        ),
    ),
  );
}

function trendChart(points: Dashboard['trend']): HTMLElement {
  const W = 480;
  const H = 160;
  const keys = [...new Set(points.flatMap((r) => Object.keys(r.counts)))];
  const max = Math.max(1, ...points.flatMap((r) => Object.values(r.counts)));
  const x = (i: number) => 40 + (i * (W - 90)) / Math.max(1, points.length - 1);
  const y = (v: number) => H - 30 - (v * (H - 50)) / max;
  const colors = ['#1d2733', '#b3261e', '#e07b00', '#6b7785'];
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'trend', 'data-testid': 'trend' });
  svg.append(s('line', { x1: 40, x2: W - 50, y1: H - 30, y2: H - 30, class: 'axis' }));
  keys.forEach((k, ki) => {
    const c = colors[ki % colors.length];
    const pts = points.map((r, i) => `${x(i)},${y(r.counts[k] ?? 0)}`).join(' ');
    svg.append(s('polyline', { points: pts, fill: 'none', stroke: c, 'stroke-width': 2 }));
    svg.append(s('text', { x: W - 46, y: y(points.at(-1)?.counts[k] ?? 0) + 4, class: 'tick', fill: c }, k));
    points.forEach((r, i) => svg.append(s('circle', { cx: x(i), cy: y(r.counts[k] ?? 0), r: 3, fill: c })));
  });
  points.forEach((r, i) =>
    svg.append(s('text', { x: x(i), y: H - 12, 'text-anchor': 'middle', class: 'tick' }, r.date)),
  );
  return h('section.panel', null, h('h3', null, t('trend')), svg);
}

export const dashboardView: View = (root, ctx) => {
  const body = h('div.dashboard', { 'data-testid': 'dashboard' });
  root.append(h('h2', null, t('dashboard')), body);
  void load(body, () => dashboard(ctx.api)).then((d) => {
    if (!d) return;
    body.append(
      bars(t('byRule'), d.byRule, (k) => `#/alerts?rule=${encodeURIComponent(k)}&status=`),
      bars(t('byLevel'), d.byLevel, (k) => `#/alerts?level=${encodeURIComponent(k)}&status=`),
      trendChart(d.trend),
      h('section.panel', null, h('h3', null, t('topRings')), h('ul.rings', null, d.topRings.map(ringCard))),
    );
  });
};
