// What a run records so it can be defended and repeated: the input fingerprint (counts and key
// checksums of the loaded graph) and the versions of everything that produced the result.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../core/config';
import { cypher, type Statement } from '../../graph/cypher';
import type { GraphPort } from '../../graph/port';
import {
  NODES,
  NODE_LABELS,
  RELATIONSHIPS,
  REL_TYPES,
  type NodeDef,
  type NodeLabel,
  type RelDef,
} from '../../model';
import { listRules } from '../rules/catalog';

export interface InputFingerprint {
  fingerprint: string;
  counts: Record<string, number>;
}

/** Loaded labels → key property (derived labels such as Alert and Run are left out). */
export function loadedKeys(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of NODE_LABELS) if (!(NODES[l] as NodeDef).derived) out[l] = NODES[l].key;
  return out;
}

/**
 * Labels whose keys go into the checksum. Bids (key = tender|bidder, covered by the facts' sums) and
 * shared identifiers (derived from entity properties) are only counted: their keys are most of the
 * graph and would dominate the run time.
 */
export function checksummedLabels(): NodeLabel[] {
  return NODE_LABELS.filter(
    (l) => !(NODES[l] as NodeDef).derived && !(NODES[l] as NodeDef).identifier && l !== 'Bid',
  );
}

const DETECTION_TYPES = new Set(
  REL_TYPES.filter((t) => (RELATIONSHIPS[t] as RelDef).typology === 'detection'),
);

/** A statement for one model label (the only text ever spliced is a label from the model). */
function forLabel(name: string, label: NodeLabel): Statement {
  const base = cypher(name);
  return { name: `${base.name}:${label}`, text: base.text.replaceAll('__LABEL__', label) };
}

export async function inputFingerprint(g: GraphPort): Promise<InputFingerprint> {
  const h = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const label of checksummedLabels()) {
    const r = (await g.read(forLabel('find-run-input-keys', label), { key: NODES[label].key }))[0] ?? {
      keys: [],
    };
    counts[label] = Number(r.n);
    h.update(`${label}\n${(r.keys as string[]).sort().join('\n')}\n`);
  }
  for (const label of Object.keys(loadedKeys()) as NodeLabel[]) {
    if (label in counts) continue;
    const n = Number((await g.read(forLabel('find-run-input-counts', label)))[0]?.n ?? 0);
    counts[label] = n;
    h.update(`${label}=${n}\n`);
  }
  for (const type of REL_TYPES.filter((t) => !DETECTION_TYPES.has(t))) {
    const base = cypher('find-run-input-rel-counts');
    const stmt = { name: `${base.name}:${type}`, text: base.text.replaceAll('__TYPE__', type) };
    const n = Number((await g.read(stmt))[0]?.n ?? 0);
    counts[type] = n;
    h.update(`${type}=${n}\n`);
  }
  const facts = (await g.read(cypher('find-run-input-facts')))[0] ?? {};
  h.update(
    JSON.stringify(Object.entries(facts).map(([k, v]) => [k, Math.round(Number(v ?? 0) * 100) / 100])),
  );
  return { fingerprint: h.digest('hex').slice(0, 32), counts };
}

function pkgVersion(pkg: string): string {
  try {
    const file = path.join(ROOT, 'node_modules', pkg, 'package.json');
    return JSON.parse(fs.readFileSync(file, 'utf8')).version as string;
  } catch {
    return 'unknown';
  }
}

/** Versions of the engine, its libraries, the rule files (digest) and the Neo4j server. */
export async function versions(g: GraphPort): Promise<Record<string, string>> {
  const own = JSON.parse(fs.readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string };
  const neo = (await g.read(cypher('find-run-neo4j-version')))[0] ?? {};
  const rules = createHash('sha256');
  for (const r of listRules()) rules.update(`${r.stmt.name}\n${r.stmt.text}\n`);
  return {
    mingjing: own.version,
    node: process.version,
    neo4j: `${String(neo.version ?? 'unknown')} ${String(neo.edition ?? '')}`.trim(),
    'neo4j-driver': pkgVersion('neo4j-driver'),
    graphology: pkgVersion('graphology'),
    'graphology-communities-louvain': pkgVersion('graphology-communities-louvain'),
    rules: rules.digest('hex').slice(0, 16),
  };
}
