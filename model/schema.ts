// Neo4j constraints and indexes derived from the model; every statement is idempotent (IF NOT EXISTS).
import { NODES, NODE_LABELS, type NodeDef } from './nodes';

/** Labels covered by the full-text `entity_search` index (CJK analyser, for name substring search). */
export const SEARCH_LABELS = NODE_LABELS.filter((l) => (NODES[l] as NodeDef).search !== undefined);

export function schemaStatements(): string[] {
  const out: string[] = [];
  for (const label of NODE_LABELS) {
    const def: NodeDef = NODES[label];
    out.push(
      `CREATE CONSTRAINT ${label.toLowerCase()}_key IF NOT EXISTS FOR (n:${label}) REQUIRE n.${def.key} IS UNIQUE`,
    );
    for (const [prop, p] of Object.entries(def.props)) {
      if (p.indexed) {
        out.push(`CREATE INDEX ${label.toLowerCase()}_${prop} IF NOT EXISTS FOR (n:${label}) ON (n.${prop})`);
      }
    }
  }
  const props = [...new Set(SEARCH_LABELS.flatMap((l) => (NODES[l] as NodeDef).search ?? []))];
  out.push(
    `CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:${SEARCH_LABELS.join('|')}) ON EACH [${props
      .map((p) => `n.${p}`)
      .join(', ')}] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'cjk'}}`,
  );
  return out;
}
