// A page of the entities of every dataset but $dataset ($limit of them after id $after, in id order, walking the id
// index), for the block index a cross-referencing run compares against. Sources and allegations are left out.
MATCH (n:Entity)
WHERE n.id > $after AND n.dataset <> $dataset
  AND NOT n.type IN ['Source', 'Allegation']
RETURN n
ORDER BY n.id
LIMIT $limit
