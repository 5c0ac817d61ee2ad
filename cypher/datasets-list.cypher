// Imported datasets ($prefix, e.g. 'import-'), finished or not: each with its status (the least finished of its
// runs), node and link counts (the upload's own Source node is not counted), the file they came from, and for an
// unfinished one how far it got.
MATCH (r:ImportRun)
WHERE r.dataset STARTS WITH $prefix
WITH r.dataset AS dataset, collect(r) AS runs
WITH dataset, runs, [x IN runs WHERE x.status <> 'complete'] AS open
WITH dataset, runs, CASE WHEN size(open) = 0 THEN runs[0] ELSE open[0] END AS r
CALL (dataset) {
  MATCH (n:Entity {dataset: dataset})
  WHERE NOT n:Source
  RETURN count(n) AS nodes
}
CALL (dataset) {
  MATCH (n:Entity {dataset: dataset})-[x]->(:Entity {dataset: dataset})
  WHERE NOT n:Source
  RETURN count(x) AS edges
}
RETURN dataset, nodes, edges, r.status AS status,
  coalesce(r.nodesDone, 0) AS nodesDone, coalesce(r.totalNodes, 0) AS totalNodes,
  coalesce(r.relsDone, 0) AS relsDone, coalesce(r.totalRels, 0) AS totalRels,
  coalesce(COLLECT { MATCH (s:Source {dataset: dataset}) RETURN s.filename }[0], '') AS filename,
  toString(r.startedAt) AS createdAt
ORDER BY createdAt DESC, dataset
