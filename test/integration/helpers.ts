// Shared helpers for integration tests: a graph port on the test Neo4j, and a way to empty it.
import { resolveConfig } from '../../core/config';
import { inline } from '../../graph/cypher';
import { Neo4jGraph } from '../../graph/port';

export function testGraph(): Neo4jGraph {
  return new Neo4jGraph(resolveConfig().neo4j);
}

/** Deletes every node (the schema stays). Test files run one at a time (--runInBand), each starting empty. */
export async function resetGraph(g: Neo4jGraph): Promise<void> {
  await g.write(inline('reset', 'MATCH (n) DETACH DELETE n'));
}

export async function count(
  g: Neo4jGraph,
  cypherText: string,
  params: Record<string, unknown> = {},
): Promise<number> {
  const rows = await g.read(inline('count', cypherText), params);
  return Number(Object.values(rows[0] ?? { n: 0 })[0]);
}
