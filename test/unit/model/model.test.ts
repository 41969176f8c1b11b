import fs from 'node:fs';
import { KINDS, KIND_NAMES, NODES, RELATIONSHIPS } from '../../../model';
import { renderModelDoc } from '../../../model/docs';
import { MODEL_DOC_PATH } from '../../../model/cli';
import { schemaStatements } from '../../../model/schema';

describe('the domain model', () => {
  it('has a docs/model.md that matches the model (run `npx mingjing model docs` if this fails)', () => {
    expect(fs.readFileSync(MODEL_DOC_PATH, 'utf8')).toBe(renderModelDoc() + '\n');
  });
  it('orders kinds with entities before relationships', () => {
    expect(KIND_NAMES.slice(0, 3)).toEqual(['organizations', 'companies', 'persons']);
  });
  it('makes only relationship types that exist, from every column that says so', () => {
    for (const k of KIND_NAMES) {
      for (const col of Object.values(KINDS[k].columns) as { makes?: string }[]) {
        if (col.makes) expect(Object.keys(RELATIONSHIPS)).toContain(col.makes);
      }
    }
  });
  it('derives one uniqueness constraint per label and idempotent DDL only', () => {
    const stmts = schemaStatements();
    expect(stmts.filter((s) => s.includes('IS UNIQUE'))).toHaveLength(Object.keys(NODES).length);
    for (const s of stmts) expect(s).toMatch(/IF NOT EXISTS/);
  });
});
