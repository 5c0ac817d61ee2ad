// How many nodes and relationships a backup is about to read (inside its transaction), and the server's version.
CALL dbms.components() YIELD versions, edition
WITH versions[0] AS version, edition LIMIT 1
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN version, edition, nodes, relationships
