// Where one Mingjing instance keeps its services' files; MINGJING_HOME (+ NEO4J_BOLT_PORT) selects the instance.
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../core/config';

export interface Layout {
  home: string;
  neo4j: {
    home: string;
    confDir: string;
    confFile: string;
    data: string;
    logs: string;
    run: string;
    import: string;
    pidFile: string;
    /** JVM stdout/stderr (start-up failures land here); Neo4j's own log is logs/neo4j.log. */
    consoleLog: string;
    serverLog: string;
  };
  redis: { dir: string; pidFile: string; logFile: string };
  /** Shared by all instances: the resolved Neo4j classpath (jars live in ~/.m2). */
  cacheDir: string;
  /** The repo-kept template rendered into neo4j.confFile. */
  confTemplate: string;
}

export function layout(home: string): Layout {
  const h = path.resolve(home);
  const n = path.join(h, 'neo4j');
  const r = path.join(h, 'redis');
  return {
    home: h,
    neo4j: {
      home: n,
      confDir: path.join(n, 'conf'),
      confFile: path.join(n, 'conf', 'neo4j.conf'),
      data: path.join(n, 'data'),
      logs: path.join(n, 'logs'),
      run: path.join(n, 'run'),
      import: path.join(n, 'import'),
      pidFile: path.join(n, 'run', 'neo4j.pid'),
      consoleLog: path.join(n, 'logs', 'console.log'),
      serverLog: path.join(n, 'logs', 'neo4j.log'),
    },
    redis: { dir: r, pidFile: path.join(r, 'redis.pid'), logFile: path.join(r, 'redis.log') },
    cacheDir: path.join(os.homedir(), '.cache', 'mingjing'),
    confTemplate: path.join(ROOT, 'services', 'neo4j', 'neo4j.conf'),
  };
}
