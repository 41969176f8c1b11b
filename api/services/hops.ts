// The one text substitution in API Cypher: a variable-length bound (`*..4]`, which must occur once) replaced by a validated hop
// count 1..6. Cypher cannot take the bound as a parameter, and a `length(p) <= $k` filter would make
// the planner fall back to an exhaustive search; an integer from a closed range cannot inject anything.
import { inline, type Statement } from '../../graph/cypher';

const cache = new Map<string, Statement>();

export const MAX_HOPS = 6;

export function withHops(stmt: Statement, bound: string, k: number): Statement {
  if (!Number.isInteger(k) || k < 1 || k > MAX_HOPS) throw new RangeError(`hop bound out of range: ${k}`);
  const name = `${stmt.name}@${k}`;
  let s = cache.get(name);
  if (!s) {
    if (!/^\*\.\.\d\]$/.test(bound) || stmt.text.split(bound).length !== 2) {
      throw new Error(`statement ${stmt.name} has no hop bound ${bound}`);
    }
    s = inline(name, stmt.text.replace(bound, `*..${k}]`));
    cache.set(name, s);
  }
  return s;
}
