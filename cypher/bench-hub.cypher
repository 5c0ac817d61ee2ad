// Bench only: the best-connected node of a dataset ($dataset), to time a supernode expansion.
MATCH (n:Entity {dataset: $dataset})
RETURN n.id AS id, COUNT { (n)--() } AS degree
ORDER BY degree DESC
LIMIT 1
