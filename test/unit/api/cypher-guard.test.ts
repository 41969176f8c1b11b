// Analysts' Cypher: every write or escape attempt is refused before (text) or at (plan) EXPLAIN.
import { isMingjingError } from '../../../core/errors';
import { checkPlan, checkText, codeOnly } from '../../../api/services/cypher-guard';
import { INJECTIONS } from './injections';

function code(f: () => unknown): string {
  try {
    f();
    return 'accepted';
  } catch (e) {
    return isMingjingError(e) ? e.code : 'other';
  }
}

describe('analyst Cypher text check', () => {
  it.each(INJECTIONS)('rejects %s', (_name, q) => {
    expect(code(() => checkText(q))).toBe('cypher.rejected');
  });

  it.each([
    ['a match with a limit', 'MATCH (c:Company) RETURN c.name LIMIT 10'],
    ['a trailing semicolon', 'MATCH (c:Company) RETURN count(c);'],
    ['keywords inside strings', 'MATCH (c:Company) WHERE c.name = "CREATE; DELETE" RETURN c'],
    ['property keys named like keywords', 'MATCH ()-[r:HOLDS_POSITION]->() RETURN r.start, r.end, r.set'],
    [
      'the full-text procedure',
      'CALL db.index.fulltext.queryNodes("entity_search", "建设") YIELD node RETURN node',
    ],
    ['db.labels', 'CALL db.labels()'],
  ])('accepts %s', (_name, q) => {
    expect(code(() => checkText(q))).toBe('accepted');
  });

  it('empties strings and drops comments before checking', () => {
    expect(codeOnly('RETURN "a;b" // c;\n, \'x\' /* y; */')).toBe("RETURN ''  \n, ''  ");
  });
});

describe('analyst Cypher plan check', () => {
  const op = (type: string, details = '') => ({ type: `${type}@neo4j`, details });

  it('accepts a read plan', () => {
    expect(
      code(() => checkPlan({ queryType: 'r', operators: [op('ProduceResults'), op('NodeByLabelScan')] })),
    ).toBe('accepted');
  });

  it.each(['rw', 'w', 's'])('rejects query type %s', (t) => {
    expect(code(() => checkPlan({ queryType: t, operators: [] }))).toBe('cypher.rejected');
  });

  it.each(['Create', 'Merge', 'SetProperty', 'Delete', 'LoadCSV', 'TransactionForeach', 'ShowUsers'])(
    'rejects a %s operator',
    (t) => {
      expect(code(() => checkPlan({ queryType: 'r', operators: [op(t)] }))).toBe('cypher.rejected');
    },
  );

  it('rejects a procedure off the allow-list and accepts one on it', () => {
    expect(
      code(() =>
        checkPlan({
          queryType: 'r',
          operators: [op('ProcedureCall', 'dbms.components() :: (name :: STRING)')],
        }),
      ),
    ).toBe('cypher.rejected');
    expect(
      code(() =>
        checkPlan({ queryType: 'r', operators: [op('ProcedureCall', 'db.labels() :: (label :: STRING)')] }),
      ),
    ).toBe('accepted');
  });
});
