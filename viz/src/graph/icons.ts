// Node icons: each model label's one-character icon rasterised once into a PNG data URL (a pictogram mask).
import { ALL_NODE_LABELS, nodeDef } from '../model';

const cache = new Map<string, string>();

function rasterise(glyph: string): string {
  const size = 128;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) return '';
  const px = glyph.length > 1 ? 64 : 88;
  ctx.font = `bold ${px}px "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#ffffff';
  ctx.fillText(glyph, size / 2, size / 2 + px * 0.05);
  return canvas.toDataURL('image/png');
}

/** The icon image of a node label (empty string when the label has none). */
export function iconFor(label: string): string {
  let url = cache.get(label);
  if (url === undefined) {
    const icon = nodeDef(label)?.icon;
    url = icon ? rasterise(icon) : '';
    cache.set(label, url);
  }
  return url;
}

/** Rasterise all icons up front so the first frame has them. */
export function warmIcons(): void {
  for (const l of ALL_NODE_LABELS) iconFor(l);
}
