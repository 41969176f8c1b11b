// Shared context of the views: the API, navigation, and a hook tests and the bench read (window.__mingjing).
import type { Api } from './api/types';
import type { GraphView } from './graph/renderer';

export interface Ctx {
  api: Api;
  go(hash: string): void;
}

/** A view renders into `root` and returns its cleanup (kill renderers, workers, timers). */
export type View = (root: HTMLElement, ctx: Ctx, arg: string, params: URLSearchParams) => (() => void) | void;

export interface Probe {
  view: GraphView | null;
  ready: boolean;
}

declare global {
  interface Window {
    __mingjing?: Probe;
  }
}

/** The current graph view, exposed for browser tests and the benchmark (read-only use). */
export function probe(): Probe {
  window.__mingjing ??= { view: null, ready: false };
  return window.__mingjing;
}
