// API benchmark: the size of the graph it ran on.
MATCH (n) WITH count(n) AS nodes
CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
RETURN nodes, rels
