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
MATCH (x:Entity)
WHERE (x:Person OR x:Organization) AND x.dataset IN $datasets
RETURN x.name AS actor, x.type AS type,
  COUNT { MATCH (x)--(m:Entity) RETURN DISTINCT m } AS degree,
  COUNT { (:Allegation)-[:MADE_BY]->(x) } AS allegationsMade,
  COUNT { (:Allegation)-[:AGAINST]->(x) } AS allegationsAgainst
ORDER BY degree DESC, actor
LIMIT $top
