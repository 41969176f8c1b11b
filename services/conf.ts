// Renders services/neo4j/neo4j.conf for one instance and derives the java command line from it (as bin/neo4j does).
import { ConfigError } from '../core/errors';

export interface ConfValues {
  dataDir: string;
  logsDir: string;
  runDir: string;
  /** LOAD CSV folder; when absent file URLs stay disabled and `defaultImportDir` is used. */
  importDir?: string;
  defaultImportDir: string;
  boltPort: number;
  heap: string;
  pagecache: string;
}

/** Fills every {{NAME}} in the template; an unknown placeholder is a bug in the template, reported by name. */
export function renderConf(template: string, v: ConfValues): string {
  const vars: Record<string, string> = {
    DATA_DIR: v.dataDir,
    LOGS_DIR: v.logsDir,
    RUN_DIR: v.runDir,
    IMPORT_DIR: v.importDir ?? v.defaultImportDir,
    CSV_FILE_URLS: v.importDir === undefined ? 'false' : 'true',
    BOLT_PORT: String(v.boltPort),
    HEAP: v.heap,
    PAGECACHE: v.pagecache,
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => {
    const value = vars[name];
    if (value === undefined) {
      throw new ConfigError(
        'services.conf-template',
        `neo4j.conf 模板含未知占位符 {{${name}}}`,
        `neo4j.conf template has an unknown placeholder {{${name}}}`,
        { field: name },
      );
    }
    return value;
  });
}

/** Settings of a rendered conf as a multimap (repeated keys such as server.jvm.additional keep every value). */
export function parseConf(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    const key = line.slice(0, eq).trim();
    out.set(key, [...(out.get(key) ?? []), line.slice(eq + 1).trim()]);
  }
  return out;
}

/** JVM options from the conf: heap sizes as -Xms/-Xmx plus every server.jvm.additional line. */
export function jvmArgs(conf: string): string[] {
  const c = parseConf(conf);
  const args: string[] = [];
  const initial = c.get('server.memory.heap.initial_size')?.at(-1);
  const max = c.get('server.memory.heap.max_size')?.at(-1);
  if (initial) args.push(`-Xms${initial}`);
  if (max) args.push(`-Xmx${max}`);
  return [...args, ...(c.get('server.jvm.additional') ?? [])];
}
