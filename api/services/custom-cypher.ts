// Runs an analyst's checked Cypher: lexical check, EXPLAIN plan check, then a READ transaction with a
// timeout and a row cap. Neo4j's own refusals (syntax errors, timeouts) become input errors.
import { InputError, isMingjingError } from '../../core/errors';
import { inline } from '../../graph/cypher';
import type { AnalystPort, CappedResult, Params } from '../../graph/port';
import { checkPlan, checkText } from './cypher-guard';

function neo4jMessage(e: unknown): string {
  const m = String((e as { message?: string })?.message ?? e).split('\n')[0];
  return m.slice(0, 300);
}

function asInput(e: unknown): never {
  if (isMingjingError(e)) throw e;
  const code = String((e as { code?: string })?.code ?? '');
  if (code.includes('TransactionTimedOut') || code.includes('Transaction.Terminated')) {
    throw new InputError(
      'cypher.timeout',
      '查询超时，请缩小范围或加 LIMIT',
      'the query timed out; narrow it or add a LIMIT',
      {
        field: 'body.query',
      },
    );
  }
  if (code.startsWith('Neo.ClientError.')) {
    const msg = neo4jMessage(e);
    throw new InputError('cypher.invalid', `查询无效：${msg}`, `invalid query: ${msg}`, {
      field: 'body.query',
    });
  }
  throw e;
}

export async function runCustomCypher(
  g: AnalystPort,
  query: string,
  params: Params,
  o: { timeoutMs: number; maxRows: number },
): Promise<CappedResult & { ms: number }> {
  const text = checkText(query);
  const stmt = inline('analyst-query', text);
  const t0 = performance.now();
  try {
    checkPlan(await g.explain(stmt, params));
    const res = await g.readCapped(stmt, params, {
      timeoutMs: o.timeoutMs,
      maxRows: o.maxRows,
      metadata: { app: 'mingjing', api: 'cypher' },
    });
    return { ...res, ms: Math.round(performance.now() - t0) };
  } catch (e) {
    return asInput(e);
  }
}
