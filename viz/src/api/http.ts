// The public API over HTTP: /api/v1 with the user's key; problem+json errors become ApiError.
import { apiKey } from './session';
import type {
  AlertAction,
  AlertDetail,
  AlertFilter,
  AlertItem,
  Api,
  Dashboard,
  Entity,
  Expansion,
  Me,
  NodeData,
  PathResult,
  RingDetail,
  RingSummary,
  Subgraph,
} from './types';

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
const enc = encodeURIComponent;

export class HttpApi implements Api {
  me = () => call<Me>('GET', '/me');
  search = (text: string, limit = 20) =>
    call<{ items: NodeData[] }>('GET', `/search${q({ q: text, limit })}`).then((r) => r.items);
  entity = (id: string) => call<Entity>('GET', `/entities/${enc(id)}`);
  expand = (id: string, offset: number, limit: number) =>
    call<Expansion>('GET', `/entities/${enc(id)}/neighbours${q({ offset, limit })}`);
  paths = (a: string, b: string, maxHops: number) =>
    call<{ paths: PathResult[] }>('GET', `/paths${q({ from: a, to: b, maxHops })}`).then((r) => r.paths);
  ownership = (id: string) => call<Subgraph>('GET', `/entities/${enc(id)}/ownership`);
  rings = () => call<{ items: RingSummary[] }>('GET', '/rings').then((r) => r.items);
  ring = (id: string) => call<RingDetail>('GET', `/rings/${enc(id)}`);
  alerts = (f: AlertFilter) =>
    call<{ items: AlertItem[] }>('GET', `/alerts${q({ ...f })}`).then((r) => r.items);
  alert = (id: string) => call<AlertDetail>('GET', `/alerts/${enc(id)}`);
  act = (id: string, action: AlertAction, body: { assignee?: string; reason?: string }) =>
    call<AlertDetail>('POST', `/alerts/${enc(id)}/${action}`, body);
  comment = (id: string, text: string) => call<AlertDetail>('POST', `/alerts/${enc(id)}/comments`, { text });
  dashboard = () => call<Dashboard>('GET', '/dashboard');
}
