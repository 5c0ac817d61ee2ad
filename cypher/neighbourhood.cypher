// A page of a node's neighbours ($id, $skip, $limit), the edges to them, the edges among them,
// and every source those nodes and edges cite — in one round trip.
// $types (list or null) and $direction ('out' | 'in' | 'both') narrow which links count; $datasets (a list) keeps
// the neighbours, and so the count, inside the datasets chosen. The centre is returned whatever its dataset so the
// service can say why one outside the scope is refused. SAME_AS links (cross-referencing decisions) count only when
// $followSameAs.
// The page is chosen on the neighbours alone (DISTINCT, then a top-k sort that keeps only $skip + $limit rows), and
// links are fetched for that page only: a hub of 3,300 neighbours once collected every neighbour's links and sorted
// them all before paging. The order (type, name, id) and so every page are as before (tests/api/neighbourhood-paging).
// The neighbours are expanded once: `total` is the size of that list, where a COUNT subquery of its own walked all
// of a hub's links (and read each neighbour's dataset) a second time.
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r]-(m:Entity)
  WHERE m.dataset IN $datasets
    AND ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'both' OR ($direction = 'out') = (startNode(r) = c))
    AND ($followSameAs OR type(r) <> 'SAME_AS')
  WITH DISTINCT m
  RETURN collect(m) AS every
}
// An aggregate with no grouping key: one row (an empty page) even when $skip passes the last neighbour.
CALL (every) {
  UNWIND every AS m
  WITH m
  ORDER BY m.type, m.name, m.id
  SKIP $skip LIMIT $limit
  RETURN collect(m) AS neighbours
}
// Both ends are known, so this expands from whichever has fewer links (a page neighbour, not the hub).
CALL (c, neighbours) {
  UNWIND neighbours AS m
  MATCH (c)-[r]-(m)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'both' OR ($direction = 'out') = (startNode(r) = c))
    AND ($followSameAs OR type(r) <> 'SAME_AS')
  RETURN collect(r) AS centreRels
}
CALL (neighbours) {
  UNWIND neighbours AS a
  MATCH (a)-[x]->(b)
  WHERE b IN neighbours AND ($followSameAs OR type(x) <> 'SAME_AS')
  RETURN collect(x) AS innerRels
}
WITH c, every, neighbours, centreRels + innerRels AS rels
CALL (c, neighbours, rels) {
  UNWIND [n IN [c] + neighbours | coalesce(n.sources, []) + CASE WHEN n:Source THEN [n.id] ELSE [] END] + [r IN rels | coalesce(r.sources, [])] AS ids
  UNWIND ids AS sourceId
  WITH DISTINCT sourceId
  MATCH (s:Source {id: sourceId})
  RETURN collect(s) AS sources
}
RETURN c AS centre, neighbours, sources, size(every) AS total,
  [r IN rels | {rel: r, from: startNode(r).id, to: endNode(r).id}] AS edges
