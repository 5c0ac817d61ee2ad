// The entities linked as the same ($ids, by SAME_AS in either direction) within $datasets, with who decided it:
// what search adds to its hits when "Follow same-as links" is on.
MATCH (n:Entity)-[r:SAME_AS]-(m:Entity)
WHERE n.id IN $ids AND m.dataset IN $datasets
RETURN n.id AS of, m AS twin, r.decidedByName AS decidedByName, r.decidedAt AS decidedAt
ORDER BY of, m.id
