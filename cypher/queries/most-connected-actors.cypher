// ---
// title: The most connected actors
// description: People and organisations ranked by how many distinct entities they are linked to, counting allegations they make or face.
// tags: [actors, measures]
// result: table
// columns: [actor, type, degree, allegationsMade, allegationsAgainst]
// params:
//   top:
//     type: integer
//     default: 10
//     min: 1
//     max: 100
// ---
// Issue 14: anchored on the scope's nodes (index entity_dataset), so only actors in scope have their degree counted.
MATCH (x:Entity) USING INDEX x:Entity(dataset)
WHERE x.dataset IN $datasets AND (x:Person OR x:Organization)
RETURN x.name AS actor, x.type AS type,
  COUNT { MATCH (x)--(m:Entity) RETURN DISTINCT m } AS degree,
  COUNT { (:Allegation)-[:MADE_BY]->(x) } AS allegationsMade,
  COUNT { (:Allegation)-[:AGAINST]->(x) } AS allegationsAgainst
ORDER BY degree DESC, actor
LIMIT $top
