// How many neighbours a node has, per relationship type, direction and neighbour type ($id): shown before expanding.
MATCH (c:Entity {id: $id})
OPTIONAL MATCH (c)-[r]-(m:Entity)
WITH c, r, m
WHERE r IS NOT NULL
RETURN c.id AS id, type(r) AS relType, CASE WHEN startNode(r) = c THEN 'out' ELSE 'in' END AS direction,
  m.type AS neighbourType, count(DISTINCT m) AS count
ORDER BY count DESC, relType, neighbourType
