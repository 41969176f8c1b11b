// The API's Cypher stays in step with the model: label unions cover every entity label with its key, and
// the conflict check walks exactly the kinship, ownership, employment and identifier relationships.
import { cypher } from '../../../graph/cypher';
import { NODES, RELATIONSHIPS, type NodeDef, type RelDef } from '../../../model';
import { withHops } from '../../../api/services/hops';
import { ENTITY_LABELS } from '../../../api/schemas/common';

describe('API Cypher statements', () => {
  it.each(['api-find-entity', 'api-find-neighbours'])('%s looks up every entity label by its key', (name) => {
    const text = cypher(name).text;
    for (const l of ENTITY_LABELS)
      expect(text).toContain(`(n:${l} {${(NODES[l] as NodeDef).key}: $key}) WHERE $label = '${l}'`);
  });

  it('the conflict check walks the kinship, ownership, employment and identifier relationships but no hierarchy', () => {
    const m = /\[:([A-Z_|]+)\*\.\.4\]/.exec(cypher('api-check-conflicts').text);
    const types = m![1].split('|').sort();
    const expected = Object.entries(RELATIONSHIPS as Record<string, RelDef>)
      .filter(([, r]) => ['kinship', 'ownership', 'employment', 'identifier'].includes(r.typology))
      .filter(
        ([t, r]) =>
          r.from.some((l) => ['Person', 'Company', 'Organization'].includes(l)) && t !== 'SUBORDINATE_TO',
      )
      .map(([t]) => t)
      .sort();
    expect(types).toEqual(expected);
  });

  it('replaces the hop bound with a validated count only', () => {
    expect(withHops(cypher('api-check-conflicts'), '*..4]', 2).text).toContain('*..2]');
    expect(withHops(cypher('api-find-paths'), '*..6]', 5).text).toContain('[*..5]');
    expect(() => withHops(cypher('api-check-conflicts'), '*..4]', 7)).toThrow(RangeError);
    expect(() => withHops(cypher('api-check-conflicts'), '*..4]', 1.5)).toThrow(RangeError);
  });
});
