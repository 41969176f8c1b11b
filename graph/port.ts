// The one way into Neo4j: a driver built once, managed transactions (retried), plain JS results.
import neo4j, { type Driver, type ManagedTransaction, type Record as NeoRecord } from 'neo4j-driver';
import { config, type Config } from '../core/config';
import { UnavailableError } from '../core/errors';
import type { Statement } from './cypher';
import { toPlain } from './plain';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface QueryOptions {
  /** Transaction timeout in milliseconds. */
  timeoutMs?: number;
  /** Free-form metadata attached to the transaction (shows in Neo4j's query log). */
  metadata?: Record<string, unknown>;
}

export interface GraphPort {
  read<T extends Row = Row>(stmt: Statement, params?: Params, opts?: QueryOptions): Promise<T[]>;
  write<T extends Row = Row>(stmt: Statement, params?: Params, opts?: QueryOptions): Promise<T[]>;
  /** Runs several statements in one write transaction, in order; returns each one's rows. */
  writeAll(steps: { stmt: Statement; params?: Params }[], opts?: QueryOptions): Promise<Row[][]>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** One operator of an EXPLAIN plan (`details` holds e.g. a ProcedureCall's signature). */
export interface PlanOperator {
  type: string;
  details: string;
}

/** What EXPLAIN says about a statement: `queryType` is 'r', 'rw', 'w' or 's' (schema). */
export interface PlanInfo {
  queryType: string;
  operators: PlanOperator[];
}

export interface CappedResult {
  columns: string[];
  rows: Row[];
  /** True when the statement had more rows than `maxRows`. */
  truncated: boolean;
}

/** Extra access for analysts' checked read-only Cypher (api/cypher-guard): plan inspection and capped reads. */
export interface AnalystPort {
  explain(stmt: Statement, params?: Params): Promise<PlanInfo>;
  readCapped(
    stmt: Statement,
    params: Params,
    opts: QueryOptions & { maxRows: number },
  ): Promise<CappedResult>;
}

/** Auto-commit reads for hot, short, idempotent lookups (the API's conflict check): one statement without
 * BEGIN/COMMIT round trips (measured ~1.5× the throughput of a managed transaction), retried on transient
 * errors within the driver's retry window like a managed transaction. */
export interface QuickReadPort {
  readAuto<T extends Row = Row>(stmt: Statement, params?: Params, opts?: QueryOptions): Promise<T[]>;
}

/** Driver settings a caller may tighten (the HTTP API fails fast with 503 instead of retrying for 10 s). */
export interface DriverTuning {
  maxConnectionPoolSize?: number;
  connectionAcquisitionTimeout?: number;
  maxTransactionRetryTime?: number;
  connectionTimeout?: number;
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

export function isUnavailable(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? '';
  return UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.') || /ECONNREFUSED/.test(String(e));
}

function mapError(e: unknown, uri: string): never {
  if (isUnavailable(e)) {
    throw new UnavailableError(
      'neo4j.unavailable',
      `无法连接 Neo4j（${uri}），请运行 npx mingjing up 或检查 NEO4J_URI`,
      `Neo4j at ${uri} is unreachable; run \`npx mingjing up\` or check NEO4J_URI`,
    );
  }
  throw e;
}

async function run(tx: ManagedTransaction, stmt: Statement, params: Params = {}): Promise<Row[]> {
  const res = await tx.run(stmt.text, params);
  return res.records.map((r: NeoRecord) => toPlain(r.toObject()) as Row);
}

export class Neo4jGraph implements GraphPort, AnalystPort, QuickReadPort {
  readonly driver: Driver;
  private readonly retryMs: number;
  constructor(
    private readonly cfg: Config['neo4j'],
    tuning: DriverTuning = {},
  ) {
    // Integer policy: ids are strings in the model; counts come back as JS numbers.
    this.driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: 10_000,
      ...tuning,
    });
    this.retryMs = tuning.maxTransactionRetryTime ?? 10_000;
  }

  private txConfig(opts?: QueryOptions) {
    return { timeout: opts?.timeoutMs, metadata: opts?.metadata };
  }

  async read<T extends Row = Row>(stmt: Statement, params?: Params, opts?: QueryOptions): Promise<T[]> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      return (await session.executeRead((tx) => run(tx, stmt, params), this.txConfig(opts))) as T[];
    } catch (e) {
      return mapError(e, this.cfg.uri);
    } finally {
      await session.close();
    }
  }

  async write<T extends Row = Row>(stmt: Statement, params?: Params, opts?: QueryOptions): Promise<T[]> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      return (await session.executeWrite((tx) => run(tx, stmt, params), this.txConfig(opts))) as T[];
    } catch (e) {
      return mapError(e, this.cfg.uri);
    } finally {
      await session.close();
    }
  }

  async writeAll(steps: { stmt: Statement; params?: Params }[], opts?: QueryOptions): Promise<Row[][]> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(async (tx) => {
        const out: Row[][] = [];
        for (const s of steps) out.push(await run(tx, s.stmt, s.params));
        return out;
      }, this.txConfig(opts));
    } catch (e) {
      return mapError(e, this.cfg.uri);
    } finally {
      await session.close();
    }
  }

  async explain(stmt: Statement, params: Params = {}): Promise<PlanInfo> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const summary = await session.executeRead(
        async (tx) => (await tx.run(`EXPLAIN ${stmt.text}`, params)).summary,
      );
      const operators: PlanOperator[] = [];
      const walk = (p: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
        operators.push({ type: p.operatorType, details: String(p.arguments?.Details ?? '') });
        for (const c of p.children) walk(c as typeof p);
      };
      if (summary.plan) walk(summary.plan as Parameters<typeof walk>[0]);
      return { queryType: summary.queryType, operators };
    } catch (e) {
      return mapError(e, this.cfg.uri);
    } finally {
      await session.close();
    }
  }

  async readCapped(
    stmt: Statement,
    params: Params,
    opts: QueryOptions & { maxRows: number },
  ): Promise<CappedResult> {
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.READ,
      fetchSize: opts.maxRows + 1,
    });
    try {
      return await session.executeRead(async (tx) => {
        const res = tx.run(stmt.text, params);
        const out: CappedResult = { columns: [...(await res.keys())], rows: [], truncated: false };
        for await (const rec of res) {
          if (out.rows.length === opts.maxRows) {
            out.truncated = true;
            break;
          }
          out.rows.push(toPlain(rec.toObject()) as Row);
        }
        return out;
      }, this.txConfig(opts));
    } catch (e) {
      return mapError(e, this.cfg.uri);
    } finally {
      await session.close();
    }
  }

  async readAuto<T extends Row = Row>(
    stmt: Statement,
    params: Params = {},
    opts?: QueryOptions,
  ): Promise<T[]> {
    const deadline = Date.now() + this.retryMs;
    for (let attempt = 0; ; attempt++) {
      const session = this.driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        const res = await session.run(stmt.text, params, this.txConfig(opts));
        return res.records.map((r: NeoRecord) => toPlain(r.toObject()) as T);
      } catch (e) {
        if (!isUnavailable(e) || Date.now() >= deadline) return mapError(e, this.cfg.uri);
      } finally {
        await session.close();
      }
      await new Promise((r) => setTimeout(r, Math.min(1000, 100 * 2 ** attempt)));
    }
  }

  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity();
    } catch (e) {
      mapError(e, this.cfg.uri);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

let shared: Neo4jGraph | undefined;
/** The process-wide graph port; built once from the validated config. */
export function graph(): Neo4jGraph {
  shared ??= new Neo4jGraph(config().neo4j);
  return shared;
}

export async function closeGraph(): Promise<void> {
  if (shared) await shared.close();
  shared = undefined;
}
