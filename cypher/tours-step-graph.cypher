// What a tour step draws: the entities $ids, the neighbours of those in $expand (at most $limit each),
// all within $dataset, and every relationship among them, with the sources they cite.
MATCH (n:Entity)
WHERE n.id IN $ids AND n.dataset = $dataset
WITH collect(n) AS named
CALL (named) {
  UNWIND named AS c
  WITH c WHERE c.id IN $expand
  CALL (c) {
    MATCH (c)--(m:Entity {dataset: $dataset})
    WITH DISTINCT m ORDER BY m.type, m.name, m.id
    LIMIT $limit
    RETURN collect(m) AS near
  }
  RETURN reduce(acc = [], g IN collect(near) | acc + g) AS neighbours
}
WITH named + [m IN neighbours WHERE NOT m IN named] AS shown
WITH reduce(acc = [], m IN shown | CASE WHEN m IN acc THEN acc ELSE acc + m END) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes
  RETURN collect({rel: r, from: a.id, to: b.id}) AS edges
}
CALL (nodes, edges) {
  UNWIND [n IN nodes | coalesce(n.sources, []) + CASE WHEN n:Source THEN [n.id] ELSE [] END] + [e IN edges | coalesce(e.rel.sources, [])] AS ids
  UNWIND ids AS sourceId
  WITH DISTINCT sourceId
  MATCH (s:Source {id: sourceId})
  RETURN collect(s) AS sources
}
RETURN nodes, edges, sources
