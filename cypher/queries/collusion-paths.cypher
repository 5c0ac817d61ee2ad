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
//   dataset:
//     type: string
//     default: cambodia-crackdown
//     description: Dataset whose allegations to follow (the curated graph by default; an imported one by its name).
// ---
// One breadth-first search from each accused to the officials and public bodies near it, not one search per
// official and accused: the pairwise form did not finish within two minutes beside a 5,000-node synthetic graph.
MATCH (a:Allegation:Entity {dataset: $dataset, category: 'complicity_collusion'})-[concerns:CONCERNS]->(target)
WHERE target:Compound OR (target:Organization AND target.kind = 'criminal group')
MATCH (a)-[against:AGAINST]->(accused)
MATCH path = SHORTEST 1 (start:Official|PublicBody)-[*0..4]-(accused)
WHERE length(path) + 2 <= $maxHops
RETURN path, against, concerns, a AS allegation, a.status AS status, a.credibility AS credibility
ORDER BY length(path), a.id, start.name
