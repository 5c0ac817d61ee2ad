// Whether a node with $id exists.
MATCH (n:Entity {id: $id})
RETURN n.id AS id
