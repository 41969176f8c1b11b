// Resolves the Neo4j server classpath from Maven Central (services/neo4j/pom.xml) once, then reuses a cached copy.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../core/config';
import { UnavailableError } from '../core/errors';
import { requireTool } from './proc';

export const POM = path.join(ROOT, 'services', 'neo4j', 'pom.xml');

export function classpathFile(cacheDir: string, version: string): string {
  return path.join(cacheDir, `neo4j-${version}.classpath`);
}

/** The cached classpath if every jar on it still exists (a cleaned ~/.m2 invalidates it). */
export function cachedClasspath(file: string): string | undefined {
  if (!fs.existsSync(file)) return undefined;
  const cp = fs.readFileSync(file, 'utf8').trim();
  const jars = cp.split(path.delimiter).filter(Boolean);
  return jars.length > 0 && jars.every((j) => fs.existsSync(j)) ? cp : undefined;
}

function resolveWithMaven(version: string, out: string): void {
  const mvn = requireTool('mvn');
  console.log(
    `正在用 Maven 获取 Neo4j ${version}（首次约需一两分钟）… (resolving Neo4j ${version} with Maven)`,
  );
  const r = spawnSync(
    mvn,
    [
      '-q',
      '-B',
      '-Dstyle.color=never',
      '-f',
      POM,
      'dependency:build-classpath',
      `-Dneo4j.version=${version}`,
      `-Dmdep.outputFile=${out}`,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0 || !fs.existsSync(out)) {
    const log = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new UnavailableError(
      'services.maven-failed',
      `Maven 无法获取 Neo4j ${version}（检查网络与 Maven 仓库）：\n${log}`,
      `Maven could not resolve Neo4j ${version} (check network access to Maven Central)`,
    );
  }
}

/** The Neo4j classpath for `version`, resolving it with Maven on first use. Safe when instances start together. */
export function neo4jClasspath(cacheDir: string, version: string): string {
  const file = classpathFile(cacheDir, version);
  const cached = cachedClasspath(file);
  if (cached) return cached;
  fs.mkdirSync(cacheDir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  resolveWithMaven(version, tmp);
  fs.renameSync(tmp, file);
  const cp = cachedClasspath(file);
  if (!cp)
    throw new UnavailableError('services.classpath', 'Neo4j 类路径无效', 'the Neo4j classpath is invalid');
  return cp;
}
