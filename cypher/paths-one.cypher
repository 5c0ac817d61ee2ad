// The one shortest path between $from and $to within $maxHops hops, under the evidence filters of paths.cypher,
// with every source its nodes and edges cite — in one round trip. A twin of paths.cypher because SHORTEST takes
// only a literal: asking for 1 instead of 10 lets Neo4j stop at the first path (measured at 100k nodes:
// p50 32 ms instead of 350-450 ms).
// $minReliability: skip links none of whose sources is graded at least this well (null = any).
// $strongStatuses: allegation statuses allowed on a path (null = any). $maxCredibility: weakest allegation grade
// allowed. $throughSources: may a path pass through a Source node? $datasets: every node of a path is in one of these.
// $followSameAs: may a path take SAME_AS links (cross-referencing decisions)?
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a.dataset IN $datasets AND b.dataset IN $datasets
CALL () {
  MATCH (s:Source)
  WHERE $minReliability IS NOT NULL AND s.reliability <= $minReliability
  RETURN collect(s.id) AS okSources
}
CALL (a, b, okSources) {
  MATCH p = SHORTEST 1 (a)(()-[r WHERE ($followSameAs OR type(r) <> 'SAME_AS') AND ($minReliability IS NULL OR any(s IN r.sources WHERE s IN okSources))]-(x WHERE
      (x = b OR $throughSources OR NOT x:Source) AND x.dataset IN $datasets
      AND (NOT x:Allegation OR (x.credibility <= $maxCredibility AND ($strongStatuses IS NULL OR x.status IN $strongStatuses)))
    )){1,8}(b)
  WITH p
  WHERE length(p) <= $maxHops
  RETURN p
  ORDER BY length(p)
}
WITH collect(p) AS found
CALL (found) {
  UNWIND found AS p
  UNWIND [n IN nodes(p) | coalesce(n.sources, []) + CASE WHEN n:Source THEN [n.id] ELSE [] END] + [r IN relationships(p) | coalesce(r.sources, [])] AS ids
  UNWIND ids AS sourceId
  WITH DISTINCT sourceId
  MATCH (s:Source {id: sourceId})
  RETURN collect(s) AS sources
}
RETURN [p IN found | {nodes: nodes(p), edges: [r IN relationships(p) | {rel: r, from: startNode(r).id, to: endNode(r).id}]}] AS paths, sources
