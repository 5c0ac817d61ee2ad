// How many neighbours a node has, per relationship type, direction and neighbour type ($id): shown before expanding.
// Only neighbours in $datasets (a list) are counted. One row with a null relType when none is, so the service
// learns the centre's dataset either way; no row at all when there is no such node. SAME_AS links count only when
// $followSameAs, as in neighbourhood.cypher.
MATCH (c:Entity {id: $id})
OPTIONAL MATCH (c)-[r]-(m:Entity)
WHERE m.dataset IN $datasets AND ($followSameAs OR type(r) <> 'SAME_AS')
WITH c, r, m
RETURN c.id AS id, c.dataset AS centreDataset, type(r) AS relType,
  CASE WHEN r IS NULL THEN null WHEN startNode(r) = c THEN 'out' ELSE 'in' END AS direction,
  m.type AS neighbourType, count(DISTINCT m) AS count
ORDER BY count DESC, relType, neighbourType
