// The time slider: shows the network as of a date (edges and nodes that did not exist yet are hidden).
import { h } from '../../dom';
import { t } from '../../i18n';
import type { GraphView } from '../../graph/renderer';
import { dateRange, fromDay, toDay } from '../../graph/time';

export function timeSlider(view: GraphView) {
  const input = h('input', { type: 'range', 'data-testid': 'time-slider' });
  const out = h('output', null, t('allDates'));
  const el = h('section.time', null, h('h3', null, t('asOf')), input, out);
  let max = 0;
  input.addEventListener('input', () => {
    const day = Number(input.value);
    view.state.asOf = day >= max ? null : fromDay(day);
    out.textContent = view.state.asOf ?? t('allDates');
    view.refresh();
  });
  const refresh = () => {
    const props: Record<string, unknown>[] = [];
    view.graph.forEachNode((_, a) => props.push(a.props));
    view.graph.forEachEdge((_, a) => props.push(a.props));
    const range = dateRange(props);
    el.hidden = !range;
    if (!range) return;
    max = toDay(range[1]);
    input.min = String(toDay(range[0]));
    input.max = String(max);
    if (!view.state.asOf) input.value = String(max);
  };
  refresh();
  return { el, refresh };
}
