// The public API over HTTP: /api/v1 with the user's key; problem+json errors become ApiError.
import { apiKey } from './session';
import type { AlertAction, AlertFilter, Api, Entity, Expansion, OwnershipView, RingSummary } from './types';
import * as wire from './wire';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const BASE = 'api/v1';

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const key = apiKey();
  if (key) headers.Authorization = `Bearer ${key}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) {
    const p = (await res.json().catch(() => ({}))) as { title?: string; detail?: string; code?: string };
    throw new ApiError(res.status, p.code ?? String(res.status), p.detail ?? p.title ?? res.statusText);
  }
  return (res.status === 204 ? undefined : await res.json()) as T;
}

const q = (params: Record<string, string | number | undefined>): string => {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
};

/** `Label:key` → `/Label/key` (the key may itself contain colons). */
function entityPath(id: string): string {
  const i = id.indexOf(':');
  return `/${encodeURIComponent(id.slice(0, i))}/${encodeURIComponent(id.slice(i + 1))}`;
}

const keyOf = (id: string) => (/^[A-Za-z]+:/.test(id) ? id.slice(id.indexOf(':') + 1) : id);

function masked(props: Record<string, unknown>): string[] {
  return Object.entries(props)
    .filter(([, v]) => typeof v === 'string' && /\*{3,}/.test(v))
    .map(([k]) => k);
}

export class HttpApi implements Api {
  check = () => call('GET', '/alerts?limit=1').then(() => undefined);

  search = (text: string, limit = 20) =>
    call<{ hits: { node: wire.WireNode }[] }>('GET', `/search${q({ q: text, limit })}`).then((r) =>
      r.hits.map((h) => wire.node(h.node)),
    );

  async entity(id: string): Promise<Entity> {
    const r = await call<{ node: wire.WireNode; relationships: Entity['relationships'] }>(
      'GET',
      `/entities${entityPath(id)}`,
    );
    const node = wire.node(r.node);
    return { node, masked: masked(node.props), relationships: r.relationships };
  }

  async expand(id: string, opts: { types?: string[]; perType: number }): Promise<Expansion> {
    const r = await call<{
      center: wire.WireNode;
      nodes: wire.WireNode[];
      edges: wire.WireEdge[];
      groups: Expansion['groups'];
    }>(
      'GET',
      `/entities${entityPath(id)}/neighbours${q({ types: opts.types?.join(','), perType: opts.perType })}`,
    );
    return {
      center: r.center.id,
      nodes: [r.center, ...r.nodes].map(wire.node),
      edges: r.edges.map(wire.edge),
      groups: r.groups,
    };
  }

  async coi(a: string, b: string, maxHops: number) {
    const r = await call<{
      answers: (Omit<Awaited<ReturnType<Api['coi']>>, 'paths'> & { paths: wire.WireCoiPath[] })[];
    }>('POST', '/conflicts/check', {
      pairs: [{ a: keyOf(a), b: keyOf(b) }],
      maxHops: Math.min(6, maxHops),
      maxPaths: 5,
    });
    const ans = r.answers[0];
    return { ...ans, paths: ans.paths.map(wire.coiPath) };
  }

  async ownership(uscc: string): Promise<OwnershipView> {
    type Holder = {
      key: string;
      label: string;
      name: string;
      pct: number;
      paths: { nodes: string[]; pcts: number[] }[];
    };
    const r = await call<{
      company: string;
      companyName: string;
      holders: Holder[];
      controller: { key: string; label: string } | null;
    }>('GET', `/companies/${encodeURIComponent(keyOf(uscc))}/ownership`);
    return ownershipGraph(r.company, r.companyName, r.holders, r.controller);
  }

  rings = () =>
    call<{ items: wire.WireAlertDetail[] }>('GET', '/rings?limit=200').then((r) =>
      r.items.map(wire.ringSummary),
    );
  ring = (id: string): Promise<RingSummary> =>
    call<wire.WireAlertDetail>('GET', `/rings/${encodeURIComponent(id)}`).then(wire.ringSummary);

  async alerts(f: AlertFilter) {
    const states = f.status ? f.status.split(',') : [undefined];
    const pages = await Promise.all(
      states.map((status) =>
        call<{ items: wire.WireAlert[] }>(
          'GET',
          `/alerts${q({ level: f.level, rule: f.rule, region: f.region, status, limit: 500 })}`,
        ),
      ),
    );
    return pages.flatMap((p) => p.items.map(wire.alertItem)).sort((a, b) => b.score - a.score);
  }

  alert = (id: string) =>
    call<wire.WireAlertDetail>('GET', `/alerts/${encodeURIComponent(id)}`).then(wire.alertDetail);

  act = (id: string, action: AlertAction, body: { assignee?: string; reason?: string; comment?: string }) =>
    call('POST', `/alerts/${encodeURIComponent(id)}/${action}`, body).then(() => undefined);

  comment = (id: string, text: string) =>
    call('POST', `/alerts/${encodeURIComponent(id)}/comment`, { comment: text }).then(() => undefined);
}

/** The holding chains (keys from holder down to the company) as a subgraph with cumulative % per holder. */
export function ownershipGraph(
  company: string,
  companyName: string,
  holders: {
    key: string;
    label: string;
    name: string;
    pct: number;
    paths: { nodes: string[]; pcts: number[] }[];
  }[],
  controller: { key: string; label: string } | null,
): OwnershipView {
  const info = new Map(holders.map((h) => [h.key, h]));
  const idOf = (key: string) =>
    key === company ? `Company:${company}` : `${info.get(key)?.label ?? 'Company'}:${key}`;
  const nodes = [{ id: `Company:${company}`, label: 'Company', key: company, name: companyName, props: {} }];
  for (const h of holders)
    nodes.push({ id: idOf(h.key), label: h.label, key: h.key, name: h.name, props: {} });
  const edges = new Map<string, ReturnType<typeof wire.edge>>();
  for (const h of holders) {
    for (const p of h.paths) {
      for (let i = 0; i + 1 < p.nodes.length; i++) {
        const [s, t] = [idOf(p.nodes[i]), idOf(p.nodes[i + 1])];
        const id = `HOLDS_SHARES:${s}>${t}`;
        edges.set(id, { id, type: 'HOLDS_SHARES', source: s, target: t, props: { share_pct: p.pcts[i] } });
      }
    }
  }
  return {
    graph: { nodes, edges: [...edges.values()] },
    cumulative: Object.fromEntries(holders.map((h) => [idOf(h.key), h.pct])),
    controller: controller ? idOf(controller.key) : null,
  };
}
