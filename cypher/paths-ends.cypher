// The dataset of each path end in $ids (null when no such entity), to tell a missing or out-of-scope end from no path.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n.dataset AS dataset
