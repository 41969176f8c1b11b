// How well a set of weighted links ties a group together: a greedy maximum spanning forest
// (Kruskal) over the members, normalised by the size − 1 links a spanning tree needs.

export interface Link {
  members: string[];
  weight: number;
}

export interface Spanning {
  /** Σ weight × merges / (size − 1), in [0, 1]. */
  value: number;
  /** The links that joined previously separate members, strongest first. */
  used: number[];
}

export function spanning(members: string[], links: Link[]): Spanning {
  const parent = new Map(members.map((u) => [u, u]));
  const find = (u: string): string => {
    let r = u;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(u, r);
    return r;
  };
  const order = links.map((_, i) => i).sort((a, b) => links[b].weight - links[a].weight || a - b);
  let total = 0;
  const used: number[] = [];
  for (const i of order) {
    const inGroup = links[i].members.filter((u) => parent.has(u));
    let merges = 0;
    for (const u of inGroup.slice(1)) {
      const a = find(inGroup[0]);
      const b = find(u);
      if (a !== b) {
        parent.set(b, a);
        merges += 1;
      }
    }
    if (merges > 0) {
      total += merges * links[i].weight;
      used.push(i);
    }
  }
  return { value: members.length < 2 ? 0 : Math.min(1, total / (members.length - 1)), used };
}
