// The entities with these ids ($ids), for the side-by-side view of candidate pairs.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n
