// Source nodes for a list of ids ($ids).
MATCH (s:Source)
WHERE s.id IN $ids
RETURN s AS source
