// For each of $ids: its type and dataset, or nulls when no such node exists (reference checks of an edit).
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n.type AS type, n.dataset AS dataset
