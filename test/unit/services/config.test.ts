// Config validation for the service settings: a bad value stops the process with a ConfigError naming the variable.
import { resolveConfig } from '../../../core/config';
import { ConfigError } from '../../../core/errors';

function errorFor(env: NodeJS.ProcessEnv): ConfigError {
  try {
    resolveConfig({ MINGJING_HOME: '/tmp/mj-unit-config', ...env });
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('service configuration', () => {
  it.each([
    ['NEO4J_URI', 'http://localhost:7474'],
    ['NEO4J_BOLT_PORT', '70000'],
    ['NEO4J_BOLT_PORT', 'seven'],
    ['NEO4J_HEAP', '2 GB'],
    ['NEO4J_PAGECACHE', 'lots'],
    ['NEO4J_VERSION', '2025.01.0'],
    ['REDIS_URL', 'localhost:6379'],
  ])('rejects %s=%s with a ConfigError that names the variable', (name, value) => {
    const e = errorFor({ [name]: value });
    expect(e.code).toBe('config.invalid');
    expect(e.details.field).toBe(name);
    expect(e.zh).toContain(name);
    expect(e.en).toContain(name);
  });

  it('defaults to a local Neo4j on 127.0.0.1:7687 with 2g heap and 2g page cache', () => {
    const c = resolveConfig({ MINGJING_HOME: '/tmp/mj-unit-config' });
    expect(c.neo4j).toMatchObject({
      local: true,
      uri: 'bolt://127.0.0.1:7687',
      boltPort: 7687,
      heap: '2g',
      pagecache: '2g',
      importDir: undefined,
    });
    expect(c.redis).toEqual({ url: 'redis://127.0.0.1:6379', local: true });
  });

  it('selects an instance by MINGJING_HOME and NEO4J_BOLT_PORT', () => {
    const c = resolveConfig({ MINGJING_HOME: '/tmp/mj-unit-b', NEO4J_BOLT_PORT: '7688' });
    expect(c.home).toBe('/tmp/mj-unit-b');
    expect(c.neo4j.uri).toBe('bolt://127.0.0.1:7688');
  });

  it('treats NEO4J_URI as an external server that Mingjing does not manage', () => {
    const c = resolveConfig({ NEO4J_URI: 'neo4j+s://db.example.org:7687', NEO4J_PASSWORD: 'x' });
    expect(c.neo4j.local).toBe(false);
    expect(c.neo4j.uri).toBe('neo4j+s://db.example.org:7687');
  });

  it('resolves NEO4J_IMPORT_DIR to an absolute folder', () => {
    const c = resolveConfig({ MINGJING_HOME: '/tmp/mj-unit-config', NEO4J_IMPORT_DIR: 'bench/csv' });
    expect(c.neo4j.importDir).toMatch(/^\/.*bench\/csv$/);
  });
});
