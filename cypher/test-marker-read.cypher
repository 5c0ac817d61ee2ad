// Reads the restart test's marker node back ($id).
MATCH (n:Entity {id: $id})
RETURN n.dataset AS dataset
