// The dataset of each id in $ids (null when no such entity): a tour is checked against it before it is served.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n.dataset AS dataset
