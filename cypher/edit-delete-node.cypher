// Removes node $id with the structure it owns; the caller has checked that nothing else links to it.
MATCH (n:Entity {id: $id})
DETACH DELETE n
