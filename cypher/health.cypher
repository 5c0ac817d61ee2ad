// Liveness probe: cheap, and proves the database answers queries.
MATCH (n:Entity)
RETURN count(n) AS nodes
