// Integration tests need the real Neo4j and Redis: fail fast with a clear message when they are not up.
import { resolveConfig } from '../../core/config';
import { Neo4jGraph } from '../../graph/port';
import { applySchema } from '../../graph/schema';

export default async function globalSetup(): Promise<void> {
  const g = new Neo4jGraph(resolveConfig().neo4j);
  try {
    await g.ping();
    await applySchema(g);
  } catch (e) {
    throw new Error(
      `集成测试需要 Neo4j：先运行 npx mingjing up (integration tests need Neo4j: run npx mingjing up): ${String(e)}`,
      { cause: e },
    );
  } finally {
    await g.close();
  }
}
