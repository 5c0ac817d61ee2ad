// ---
// title: Who alleges what against whom
// description: Every allegation with the party making it, the party it is against (if any), its category, status and grading. Start here to see the shape of the accusations.
// tags: [allegations, overview]
// result: table
// columns: [accuser, allegation, category, status, credibility, isOpinion, accused]
// params:
//   category:
//     type: string
//     default: null
//     allowed: [complicity_collusion, corruption, trafficking, forced_labour, torture, fraud, characterisation, estimate, call_for_reform]
//     description: Only this category; leave empty for all.
// ---
// Issue 14: anchored on the scope's allegations (index allegation_dataset), not on every allegation in the database.
MATCH (a:Allegation) USING INDEX a:Allegation(dataset)
WHERE a.dataset IN $datasets AND ($category IS NULL OR a.category = $category)
MATCH (a)-[:MADE_BY]->(accuser)
OPTIONAL MATCH (a)-[:AGAINST]->(accused)
RETURN accuser.name AS accuser, a.name AS allegation, a.category AS category, a.status AS status,
  a.credibility AS credibility, a.isOpinion AS isOpinion, accused.name AS accused
ORDER BY category, accuser, allegation
