// Removes one factual relationship by its id.
MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to})
WHERE r.id = $id
DELETE r
