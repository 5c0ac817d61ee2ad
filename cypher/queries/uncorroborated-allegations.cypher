// ---
// title: Allegations with no corroboration
// description: Factual allegations (not opinions) still at "alleged" that no other allegation supports and that rest on a single source we hold — the claims most in need of a second source.
// tags: [allegations, evidence gaps]
// result: table
// columns: [allegation, madeBy, credibility, heldSources, citedOnly, supportedBy]
// ---
// Issue 14: anchored on the scope's allegations (index allegation_dataset), not on every allegation in the database.
MATCH (a:Allegation) USING INDEX a:Allegation(dataset)
WHERE a.dataset IN $datasets AND a.status = 'alleged' AND a.isOpinion = false
WITH a,
  [(a)-[:CITED_IN]->(s:Source) WHERE s.held | s.name] AS held,
  [(a)-[:CITED_IN]->(s:Source) WHERE NOT s.held | s.name] AS citedOnly,
  COUNT { (:Allegation)-[:SUPPORTS]->(a) } AS supportedBy
WHERE size(held) <= 1 AND supportedBy = 0
RETURN a.name AS allegation, [(a)-[:MADE_BY]->(m) | m.name] AS madeBy, a.credibility AS credibility,
  held AS heldSources, citedOnly, supportedBy
ORDER BY credibility DESC, allegation
