// ---
// title: Sources by reliability
// description: Every source with its Admiralty reliability grade, whether the project holds it or knows it only as cited, and how many claims and facts rest on it.
// tags: [sources, grading]
// result: table
// columns: [source, reliability, held, citedBy, allegationsCiting, factsCiting]
// params:
//   weakestReliability:
//     type: string
//     default: F
//     allowed: [A, B, C, D, E, F]
//     description: Include grades from A down to this one.
// ---
// Issue 14: facts counted over the relationships of the scope's nodes (index entity_dataset), not every relationship.
// Facts cite sources by id in a property, which no index can look up: count them in one pass over the relationships
// leaving the scope's nodes (a pass per source took minutes at 100k nodes; a pass over every relationship in the
// database, seconds), with a zero row for every source in scope none cites. No relationship crosses datasets
// (imports prefix their ids), so this is every fact in scope.
CALL () {
  MATCH (n:Entity) USING INDEX n:Entity(dataset)
  WHERE n.dataset IN $datasets
  MATCH (n)-[r]->()
  WHERE NOT r:CITED_IN
  UNWIND r.sources AS sourceId
  WITH DISTINCT r, sourceId
  RETURN sourceId, count(r) AS factsCiting
  UNION
  MATCH (s:Source) USING INDEX s:Source(dataset)
  WHERE s.dataset IN $datasets
  RETURN s.id AS sourceId, 0 AS factsCiting
}
WITH sourceId, max(factsCiting) AS factsCiting
MATCH (s:Source {id: sourceId})
WHERE s.reliability <= $weakestReliability AND s.dataset IN $datasets
RETURN s.name AS source, s.reliability AS reliability, s.held AS held, s.citedBy AS citedBy,
  COUNT { (:Allegation)-[:CITED_IN]->(s) } AS allegationsCiting,
  factsCiting
ORDER BY reliability, source
