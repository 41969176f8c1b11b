// Printable ring report: header, members, evidence, tenders, the bid chart and a snapshot of the network.
import type { RingDetail } from '../api/types';
import { h } from '../dom';
import { t } from '../i18n';
import { toPng } from '../graph/export';
import type { GraphView } from '../graph/renderer';
import { bidChart } from './bidchart';
import { levelBadge } from './common';
import { evidenceList } from './rings';

export async function printRingReport(r: RingDetail, view: GraphView): Promise<void> {
  const png = URL.createObjectURL(await toPng(view.sigma));
  document.querySelector('.print-report')?.remove();
  const report = h(
    'article.print-report',
    { 'data-testid': 'print-report-doc' },
    h('h1', null, `${t('rings')} · ${r.id}`),
    h(
      'p',
      null,
      levelBadge(r.level),
      ` ${t('score')} ${r.score.toFixed(2)} · ${new Date().toLocaleString('zh-CN')}`,
    ),
    h('h2', null, t('members')),
    h(
      'table',
      null,
      h('tr', null, h('th', null, '企业名称'), h('th', null, '统一社会信用代码')),
      r.members.map((m) => h('tr', null, h('td', null, m.name), h('td', null, m.uscc))),
    ),
    h('h2', null, t('evidence')),
    evidenceList(r.evidence),
    h('h2', null, t('tenders')),
    h('p', null, r.tenders.join('、')),
    bidChart(r.bids, new Set(r.members.map((m) => m.uscc)), () => '#d62728'),
    h('h2', null, t('network')),
    h('img.snapshot', { src: png, alt: t('network') }),
  );
  document.body.append(report);
  await new Promise((res) => requestAnimationFrame(res));
  window.print();
}
