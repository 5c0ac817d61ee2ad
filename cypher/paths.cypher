// Up to 10 shortest paths between $from and $to within 8 hops, under evidence filters; the caller keeps $k of them.
// $okSources: ids of sources graded well enough (null = any). $strongStatuses: allegation statuses allowed on a path
// (null = any). $maxCredibility: weakest allegation grade allowed. $throughSources: may a path pass through a Source?
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 10 (a)(()-[r WHERE $okSources IS NULL OR any(s IN r.sources WHERE s IN $okSources)]-(x WHERE
    (x = b OR $throughSources OR NOT x:Source)
    AND (NOT x:Allegation OR (x.credibility <= $maxCredibility AND ($strongStatuses IS NULL OR x.status IN $strongStatuses)))
  )){1,8}(b)
WITH p
WHERE length(p) <= $maxHops
RETURN nodes(p) AS nodes, [r IN relationships(p) | {rel: r, from: startNode(r).id, to: endNode(r).id}] AS edges
ORDER BY length(p)
LIMIT $k
