// Which of $ids name an entity, and its dataset: a saved query's entity parameters must lie in the chosen datasets.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.dataset AS dataset
