// Exports of the current view: PNG of the canvas, CSV of visible nodes/edges, GEXF 1.3 for Gephi.
import type { Subgraph } from '../api/types';
import { nodeDef, nodeName, relName } from '../model';

const BOM = '\uFEFF';

function csvCell(v: unknown): string {
  const s = v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(rows: unknown[][]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Two CSV files (UTF-8 with BOM so Excel reads the Chinese): nodes and edges. */
export function toCsv(sub: Subgraph): { nodes: string; edges: string } {
  const nodeProps = [...new Set(sub.nodes.flatMap((n) => Object.keys(n.props)))].filter((k) => k !== 'name');
  const edgeProps = [...new Set(sub.edges.flatMap((e) => Object.keys(e.props)))];
  return {
    nodes: csv([
      ['id', 'label', '类型', 'key', 'name', ...nodeProps],
      ...sub.nodes.map((n) => [
        n.id,
        n.label,
        nodeName(n.label),
        n.key,
        n.name,
        ...nodeProps.map((k) => n.props[k]),
      ]),
    ]),
    edges: csv([
      ['id', 'source', 'target', 'type', '关系', ...edgeProps],
      ...sub.edges.map((e) => [
        e.id,
        e.source,
        e.target,
        e.type,
        relName(e.type),
        ...edgeProps.map((k) => e.props[k]),
      ]),
    ]),
  };
}

const xml = (s: unknown) =>
  String(s ?? '').replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
}

/** GEXF 1.3 with node type/key attributes, colours and positions, and typed edges with their facts. */
export function toGexf(
  sub: Subgraph,
  positions: (id: string) => { x: number; y: number } | undefined,
): string {
  const nodes = sub.nodes.map((n) => {
    const p = positions(n.id);
    const color = nodeDef(n.label)?.color ?? '#999999';
    return `      <node id="${xml(n.id)}" label="${xml(n.name)}"><attvalues><attvalue for="type" value="${xml(n.label)}"/><attvalue for="key" value="${xml(n.key)}"/></attvalues><viz:color ${rgb(color)}/>${p ? `<viz:position x="${p.x}" y="${p.y}" z="0"/>` : ''}</node>`;
  });
  const edges = sub.edges.map((e) => {
    const pct =
      typeof e.props.share_pct === 'number' ? `<attvalue for="share_pct" value="${e.props.share_pct}"/>` : '';
    const rel =
      e.props.relation !== undefined ? `<attvalue for="relation" value="${xml(e.props.relation)}"/>` : '';
    return `      <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}" label="${xml(relName(e.type))}"><attvalues><attvalue for="rel_type" value="${xml(e.type)}"/>${pct}${rel}</attvalues></edge>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta><creator>明镜 Mingjing</creator></meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node"><attribute id="type" title="type" type="string"/><attribute id="key" title="key" type="string"/></attributes>
    <attributes class="edge"><attribute id="rel_type" title="rel_type" type="string"/><attribute id="share_pct" title="share_pct" type="double"/><attribute id="relation" title="relation" type="string"/></attributes>
    <nodes>
${nodes.join('\n')}
    </nodes>
    <edges>
${edges.join('\n')}
    </edges>
  </graph>
</gexf>
`;
}

/** The part of a sigma renderer the PNG export needs. */
export interface Renderable {
  refresh(): unknown;
  getCanvases(): Record<string, HTMLCanvasElement>;
  getDimensions(): { width: number; height: number };
}

/** PNG of what sigma shows: render now, then stack its layers on white (WebGL buffers are not preserved). */
export function toPng(sigma: Renderable): Promise<Blob> {
  sigma.refresh();
  const canvases = sigma.getCanvases();
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = width * ratio;
  out.height = height * ratio;
  const ctx = out.getContext('2d') as CanvasRenderingContext2D;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  for (const id of ['edges', 'nodes', 'edgeLabels', 'labels', 'hovers', 'hoverNodes']) {
    const c = canvases[id];
    if (c) ctx.drawImage(c, 0, 0, out.width, out.height);
  }
  return new Promise((resolve, reject) =>
    out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG 导出失败'))), 'image/png'),
  );
}
