// Loads Cypher statements from cypher/<name>.cypher, one statement per file, cached by name.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../core/config';

export interface Statement {
  /** File name under cypher/ without extension (e.g. `merge-companies`, `rules/find-split-payments`). */
  readonly name: string;
  readonly text: string;
}

export const CYPHER_DIR = path.join(ROOT, 'cypher');
const cache = new Map<string, Statement>();

export function cypher(name: string): Statement {
  let s = cache.get(name);
  if (!s) {
    if (!/^[a-z0-9][a-z0-9/-]*$/.test(name)) throw new Error(`invalid cypher statement name: ${name}`);
    const text = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    s = { name, text };
    cache.set(name, s);
  }
  return s;
}

/** A statement built in code: only for DDL derived from the model and for analysts' checked read-only queries. */
export function inline(name: string, text: string): Statement {
  return { name, text };
}

/** Header fields (`// key: value`) at the top of a Cypher file, e.g. a rule's id, title and basis. */
export function header(stmt: Statement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of stmt.text.split('\n')) {
    const m = /^\/\/\s*([A-Za-z_]+)\s*:\s*(.*)$/.exec(line.trim());
    if (m) out[m[1]] = m[2].trim();
    else if (line.trim() !== '' && !line.trim().startsWith('//')) break;
  }
  return out;
}
