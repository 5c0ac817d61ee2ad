// ---
// title: Collusion paths between officials and compounds
// description: Paths from an official or public body to a compound or criminal group that pass through an allegation of complicity or collusion. A path is only as strong as that allegation, so read its status and grade.
// tags: [allegations, collusion, paths]
// result: graph
// columns: [path, against, concerns, allegation, status, credibility]
// params:
//   maxHops:
//     type: integer
//     default: 4
//     min: 2
//     max: 6
//     description: Longest path from the official to the compound, counted in relationships.
// ---
MATCH (a:Allegation {category: 'complicity_collusion'})-[concerns:CONCERNS]->(target)
WHERE target:Compound OR (target:Organization AND target.kind = 'criminal group')
MATCH (a)-[against:AGAINST]->(accused)
MATCH (start:Entity)
WHERE start:Official OR start:PublicBody
MATCH path = SHORTEST 1 (start)-[*0..4]-(accused)
WHERE length(path) + 2 <= $maxHops
RETURN path, against, concerns, a AS allegation, a.status AS status, a.credibility AS credibility
ORDER BY length(path), a.id, start.name
