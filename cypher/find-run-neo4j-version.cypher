// Neo4j server version and edition, recorded with every detection run.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
