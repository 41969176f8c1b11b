// Applies the constraints and indexes derived from the model; idempotent, one DDL statement per transaction.
import { schemaStatements } from '../model/schema';
import { inline } from './cypher';
import type { GraphPort } from './port';

export async function applySchema(g: GraphPort): Promise<number> {
  const stmts = schemaStatements();
  for (const [i, text] of stmts.entries()) await g.write(inline(`schema-${i}`, text));
  await g.write(inline('await-indexes', 'CALL db.awaitIndexes(300)'));
  return stmts.length;
}
