// Counts nodes, relationships and properties: tests compare it before and after refused writes.
CALL () { MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS nodeProps }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(r))) AS relProps }
RETURN nodes, relationships, coalesce(nodeProps, 0) + coalesce(relProps, 0) AS properties
