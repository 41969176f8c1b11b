// The detection-run lock: a Redis key holding the run id, with expiry and renewal, so one run at a time.
import fs from 'node:fs';
import path from 'node:path';
import type { Redis } from 'ioredis';

const scripts = new Map<string, string>();
function lua(name: string): string {
  let s = scripts.get(name);
  if (s === undefined) {
    s = fs.readFileSync(path.join(__dirname, 'lua', `${name}.lua`), 'utf8');
    scripts.set(name, s);
  }
  return s;
}

/**
 * Owner = the run id (the parent job's id), so every step of one run (plan, partitions, merge) may
 * take it again, and a run retried after its worker died resumes; another run waits until it is free.
 * If every worker holding a run dies, the key expires after `ttlMs`.
 */
export class RunLock {
  constructor(
    private readonly redis: Redis,
    readonly key: string,
    readonly ttlMs: number,
  ) {}

  private async call(script: string, owner: string): Promise<boolean> {
    const r = await this.redis.eval(lua(script), 1, this.key, owner, String(this.ttlMs));
    return Number(r) === 1;
  }

  /** True when `owner` now holds the lock (newly or again). */
  acquire(owner: string): Promise<boolean> {
    return this.call('acquire-run-lock', owner);
  }

  /** True when `owner` still held the lock and its expiry was pushed back. */
  renew(owner: string): Promise<boolean> {
    return this.call('renew-run-lock', owner);
  }

  /** Releases only `owner`'s lock; true when it was released. */
  release(owner: string): Promise<boolean> {
    return this.call('release-run-lock', owner);
  }

  /** The run holding the lock, if any. */
  holder(): Promise<string | null> {
    return this.redis.get(this.key);
  }

  /** Renews every third of the TTL until the returned function is called; `onLost` hears of a lost lock. */
  keepAlive(owner: string, onLost: () => void = () => undefined): () => void {
    const timer = setInterval(
      () => {
        this.renew(owner).then(
          (ok) => (ok ? undefined : onLost()),
          () => undefined, // Redis briefly away: the next tick tries again; the TTL covers the gap.
        );
      },
      Math.max(100, Math.floor(this.ttlMs / 3)),
    );
    timer.unref();
    return () => clearInterval(timer);
  }
}
