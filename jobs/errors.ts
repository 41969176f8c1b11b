// Sorts what a job throws into retryable (services unavailable) and permanent (bad input: no retry).
import { UnrecoverableError } from 'bullmq';
import { ConfigError, InputError, NotFoundError, isMingjingError } from '../core/errors';

/** BullMQ control-flow errors (delay, wait for children) pass through untouched. */
const CONTROL = new Set(['DelayedError', 'WaitingChildrenError', 'WaitingError', 'RateLimitError']);

export type ErrorKind = 'control' | 'permanent' | 'transient';

export function errorKind(e: unknown): ErrorKind {
  const name = (e as { name?: string })?.name ?? '';
  if (CONTROL.has(name)) return 'control';
  if (e instanceof UnrecoverableError || name === 'UnrecoverableError') return 'permanent';
  if (e instanceof InputError || e instanceof NotFoundError || e instanceof ConfigError) return 'permanent';
  if (name === 'ZodError') return 'permanent';
  // Neo4j refused the statement itself (syntax, semantics, constraint): the same query fails again.
  if (String((e as { code?: string })?.code ?? '').startsWith('Neo.ClientError.')) return 'permanent';
  // UnavailableError, a dropped Neo4j or Redis connection, and anything unforeseen: retry with backoff.
  return 'transient';
}

/** The reason stored on a failed job: 中文 first, English after, with the error code. */
export function reasonOf(e: unknown): string {
  if (isMingjingError(e)) {
    const where = [e.details.file, e.details.line, e.details.column].filter((x) => x !== undefined).join(':');
    return `${e.code}${where ? ` [${where}]` : ''}: ${e.zh} (${e.en})`;
  }
  return e instanceof Error ? e.message : String(e);
}

/** Rethrows `e` so BullMQ does the right thing: permanent errors become UnrecoverableError (no retry). */
export function rethrowForQueue(e: unknown): never {
  if (errorKind(e) === 'permanent' && !(e instanceof UnrecoverableError)) {
    throw new UnrecoverableError(reasonOf(e));
  }
  throw e;
}

/** Wraps a processor so its errors are classified once, in one place. */
export function classified<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (e) {
      return rethrowForQueue(e);
    }
  };
}
