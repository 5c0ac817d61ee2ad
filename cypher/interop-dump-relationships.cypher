// The links that start at the nodes $ids and end inside the same dataset ($dataset), for an export.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity {dataset: $dataset})
RETURN coalesce(r.id, elementId(r)) AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY from, type, to, id
