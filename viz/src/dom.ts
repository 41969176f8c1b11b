// A tiny DOM builder: h('div.card', {onclick}, children) without a framework.
type Child = Node | string | number | null | undefined | false;
type Props = Record<string, unknown>;

/** Create an element from `tag.class1.class2#id`, attributes/listeners and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  spec: K | `${K}.${string}` | `${K}#${string}`,
  props: Props | null = null,
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const [tagAndClasses, id] = spec.split('#');
  const [tag, ...classes] = tagAndClasses.split('.');
  const el = document.createElement(tag) as HTMLElementTagNameMap[K];
  if (id) el.id = id;
  if (classes.length) el.className = classes.join(' ');
  for (const [k, v] of Object.entries(props ?? {})) setProp(el, k, v);
  append(el, children);
  return el;
}

function setProp(el: HTMLElement, k: string, v: unknown): void {
  if (v === undefined || v === null || v === false) return;
  if (k.startsWith('on') && typeof v === 'function') {
    el.addEventListener(k.slice(2), v as EventListener);
  } else if (k === 'class') {
    el.className += (el.className ? ' ' : '') + String(v);
  } else if (k === 'style' && typeof v === 'object') {
    Object.assign(el.style, v);
  } else if (k in el && k !== 'list' && k !== 'form') {
    (el as unknown as Record<string, unknown>)[k] = v;
  } else {
    el.setAttribute(k, v === true ? '' : String(v));
  }
}

export function append(el: Element, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'object' ? c : String(c));
  }
}

/** Replace an element's children. */
export function mount(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren();
  append(el, children);
}

/** SVG element builder (for charts). */
export function s(tag: string, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

/** Trigger a download of text or a blob. */
export function download(name: string, data: Blob | string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const a = h('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
