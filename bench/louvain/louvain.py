"""Louvain benchmark, Python side: python-igraph community_multilevel and networkx
louvain_communities on the same weighted edge list; writes each partition and prints timings."""
import json
import random
import sys
import time

import igraph as ig
import networkx as nx


def read_edges(path):
    src, dst, w = [], [], []
    with open(path) as f:
        for line in f:
            a, b, c = line.split()
            src.append(int(a))
            dst.append(int(b))
            w.append(float(c))
    return src, dst, w


def write_partition(path, membership):
    with open(path, "w") as f:
        f.write("\n".join(str(c) for c in membership))


def run_igraph(n, src, dst, w, seed, repeats, out):
    g = ig.Graph(n=n, edges=list(zip(src, dst)), edge_attrs={"weight": w})
    times, part = [], None
    for r in range(repeats):
        random.seed(seed + r)
        t = time.perf_counter()
        part = g.community_multilevel(weights="weight")
        times.append(time.perf_counter() - t)
    write_partition(out, part.membership)
    return {"seconds": times, "communities": len(part), "version": ig.__version__}


def run_networkx(n, src, dst, w, seed, out):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_weighted_edges_from(zip(src, dst, w))
    t = time.perf_counter()
    comms = nx.community.louvain_communities(g, weight="weight", seed=seed)
    seconds = time.perf_counter() - t
    membership = [0] * n
    for c, nodes in enumerate(comms):
        for v in nodes:
            membership[v] = c
    write_partition(out, membership)
    return {"seconds": [seconds], "communities": len(comms), "version": nx.__version__}


def main():
    edges, n, prefix, seed, repeats, with_nx = sys.argv[1:7]
    n, seed, repeats = int(n), int(seed), int(repeats)
    src, dst, w = read_edges(edges)
    out = {"igraph": run_igraph(n, src, dst, w, seed, repeats, prefix + ".igraph")}
    if with_nx == "1":
        out["networkx"] = run_networkx(n, src, dst, w, seed, prefix + ".networkx")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
