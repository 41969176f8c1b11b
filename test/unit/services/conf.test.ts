// Rendering of the repo-kept neo4j.conf template and the java options derived from it.
import fs from 'node:fs';
import { resolveConfig } from '../../../core/config';
import { ConfigError } from '../../../core/errors';
import { jvmArgs, parseConf, renderConf, type ConfValues } from '../../../services/conf';
import { layout } from '../../../services/layout';
import { renderInstanceConf } from '../../../services/neo4j';

const values: ConfValues = {
  dataDir: '/srv/mj/neo4j/data',
  logsDir: '/srv/mj/neo4j/logs',
  runDir: '/srv/mj/neo4j/run',
  defaultImportDir: '/srv/mj/neo4j/import',
  boltPort: 7688,
  heap: '1g',
  pagecache: '512m',
};

const template = () => fs.readFileSync(layout('/srv/mj').confTemplate, 'utf8');
const one = (conf: string, key: string) => parseConf(conf).get(key)?.at(-1);

describe('neo4j.conf rendering', () => {
  it('fills every placeholder of the repo template', () => {
    const settings = renderConf(template(), values)
      .split('\n')
      .filter((l) => !l.startsWith('#'));
    expect(settings.join('\n')).not.toMatch(/\{\{|\}\}/);
    expect(settings.length).toBeGreaterThan(20);
  });

  it('binds Bolt to 127.0.0.1 on the configured port and turns HTTP off', () => {
    const conf = renderConf(template(), values);
    expect(one(conf, 'server.bolt.listen_address')).toBe('127.0.0.1:7688');
    expect(one(conf, 'server.default_listen_address')).toBe('127.0.0.1');
    expect(one(conf, 'server.http.enabled')).toBe('false');
    expect(one(conf, 'server.https.enabled')).toBe('false');
    expect(one(conf, 'dbms.security.auth_enabled')).toBe('true');
  });

  it('keeps data and logs under the instance home and sizes memory from config', () => {
    const conf = renderConf(template(), values);
    expect(one(conf, 'server.directories.data')).toBe('/srv/mj/neo4j/data');
    expect(one(conf, 'server.directories.logs')).toBe('/srv/mj/neo4j/logs');
    expect(one(conf, 'server.memory.heap.max_size')).toBe('1g');
    expect(one(conf, 'server.memory.pagecache.size')).toBe('512m');
  });

  it('disables LOAD CSV from files unless an import folder is requested', () => {
    const off = renderConf(template(), values);
    expect(one(off, 'dbms.security.allow_csv_import_from_file_urls')).toBe('false');
    const on = renderConf(template(), { ...values, importDir: '/data/csv' });
    expect(one(on, 'dbms.security.allow_csv_import_from_file_urls')).toBe('true');
    expect(one(on, 'server.directories.import')).toBe('/data/csv');
  });

  it('reports an unknown placeholder by name', () => {
    expect(() => renderConf('x={{NOPE}}', values)).toThrow(ConfigError);
    expect(() => renderConf('x={{NOPE}}', values)).toThrow(/NOPE/);
  });

  it('derives -Xms/-Xmx and the additional JVM options from the rendered conf', () => {
    const args = jvmArgs(renderConf(template(), values));
    expect(args.slice(0, 2)).toEqual(['-Xms1g', '-Xmx1g']);
    expect(args).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
    expect(args.every((a) => a.startsWith('-'))).toBe(true);
  });

  it('renders an instance conf from the resolved config', () => {
    const cfg = resolveConfig({ MINGJING_HOME: '/srv/mj', NEO4J_BOLT_PORT: '7699', NEO4J_HEAP: '3g' });
    const conf = renderInstanceConf(cfg, layout(cfg.home));
    expect(one(conf, 'server.bolt.listen_address')).toBe('127.0.0.1:7699');
    expect(one(conf, 'server.memory.heap.initial_size')).toBe('3g');
    expect(one(conf, 'server.directories.run')).toBe('/srv/mj/neo4j/run');
  });
});
