// Imported datasets ($prefix, e.g. 'import-'): finished import runs with their node and link counts
// (the upload's own Source node is not counted) and the file they came from.
MATCH (r:ImportRun)
WHERE r.dataset STARTS WITH $prefix AND r.status = 'complete'
CALL (r) {
  MATCH (n:Entity {dataset: r.dataset})
  WHERE NOT n:Source
  RETURN count(n) AS nodes
}
CALL (r) {
  MATCH (n:Entity {dataset: r.dataset})-[x]->(:Entity {dataset: r.dataset})
  WHERE NOT n:Source
  RETURN count(x) AS edges
}
RETURN r.dataset AS dataset, nodes, edges,
  coalesce(COLLECT { MATCH (s:Source {dataset: r.dataset}) RETURN s.filename }[0], '') AS filename,
  toString(r.startedAt) AS createdAt
ORDER BY createdAt DESC, dataset
