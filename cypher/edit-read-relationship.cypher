// One factual relationship by its id (TYPE:from:to), found through its indexed end nodes.
MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to})
WHERE r.id = $id
RETURN properties(r) AS props, type(r) AS type
