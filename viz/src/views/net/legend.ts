// Legend and type filters, generated from the domain model for the labels and types in the view.
import { h, mount } from '../../dom';
import { t } from '../../i18n';
import { legendEntries, type LegendEntry } from '../../model';
import type { GraphView } from '../../graph/renderer';
import { MORE, MORE_EDGE } from '../../graph/store';

function swatch(e: LegendEntry): HTMLElement {
  return e.kind === 'node'
    ? h('span.swatch-node', { style: { background: e.color } }, e.icon ?? '')
    : h('span.swatch-edge', { style: { background: e.color } });
}

export function legendPanel(view: GraphView) {
  const list = h('div.legend-list', { 'data-testid': 'legend' });
  const el = h('section.legend', null, h('h3', null, `${t('legend')} · ${t('filters')}`), list);
  const refresh = () => {
    const labels = new Set<string>();
    const types = new Set<string>();
    view.graph.forEachNode((_, a) => labels.add(a.label));
    view.graph.forEachEdge((_, a) => types.add(a.type));
    const { hiddenLabels, hiddenTypes } = view.state;
    const rows = legendEntries({ labels, types }).map((e) => {
      const hidden = e.kind === 'node' ? hiddenLabels : hiddenTypes;
      const box = h('input', {
        type: 'checkbox',
        checked: !hidden.has(e.type),
        'data-type': e.type,
        onchange: () => {
          if (box.checked) hidden.delete(e.type);
          else hidden.add(e.type);
          view.refresh();
        },
      });
      return h('label.legend-row', { title: e.type }, box, swatch(e), h('span', null, e.name));
    });
    if (labels.has(MORE) || types.has(MORE_EDGE)) {
      rows.push(
        h(
          'label.legend-row',
          null,
          h('span.swatch-node.more', null, '…'),
          h('span', null, t('more', { n: 'N' })),
        ),
      );
    }
    mount(list, rows);
  };
  refresh();
  return { el, refresh };
}
