// ---
// title: What is said about a crackdown
// description: Every statement about one crackdown event — estimates, characterisations and warnings — marked as opinion or factual claim, with who says it.
// tags: [crackdowns, allegations, opinions]
// result: table
// columns: [statement, isOpinion, category, madeBy, quote]
// params:
//   event:
//     type: entity
//     default: ev-crackdown
//     description: The crackdown event, e.g. the Cambodia cybercrime crackdown.
// ---
MATCH (a:Allegation)-[:CONCERNS]->(:Event {id: $event})
WHERE a.dataset IN $datasets
RETURN a.summary AS statement, a.isOpinion AS isOpinion, a.category AS category,
  [(a)-[:MADE_BY]->(m) | m.name] AS madeBy, a.quote AS quote
ORDER BY isOpinion, category
