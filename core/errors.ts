// Typed errors with a stable `code`, grouped by who must act; api/problem.ts maps them to HTTP once.

export interface ErrorDetails {
  file?: string;
  line?: number;
  column?: string;
  field?: string;
  expected?: string;
  [k: string]: unknown;
}

/** Base error: `zh` is shown first to users, `en` follows. */
export class MingjingError extends Error {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly details: ErrorDetails;

  constructor(code: string, zh: string, en: string, details: ErrorDetails = {}) {
    super(`${zh} (${en})`);
    this.name = new.target.name;
    this.code = code;
    this.zh = zh;
    this.en = en;
    this.details = details;
  }
}

/** The user's input is wrong (a file, a field, a parameter): fix the input; retrying will not help. */
export class InputError extends MingjingError {}
/** The thing asked for does not exist. */
export class NotFoundError extends MingjingError {}
/** The request conflicts with the current state (e.g. an invalid workflow transition). */
export class ConflictError extends MingjingError {}
/** A service we depend on (Neo4j, Redis) is unreachable: retry later. */
export class UnavailableError extends MingjingError {}
/** No or bad credentials. */
export class AuthError extends MingjingError {}
/** Credentials are fine but the role may not do this. */
export class ForbiddenError extends MingjingError {}
/** Configuration is wrong: the process must not start. */
export class ConfigError extends MingjingError {}

export function isMingjingError(e: unknown): e is MingjingError {
  return e instanceof MingjingError;
}
