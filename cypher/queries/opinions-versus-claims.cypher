// ---
// title: Opinions versus factual claims, by who makes them
// description: For each party, how many of its statements are opinions (characterisations, calls for action) and how many are factual claims — so the two are never mixed up.
// tags: [allegations, opinions]
// result: table
// columns: [party, opinions, factualClaims, quotes]
// ---
// Issue 14: anchored on the scope's allegations (index allegation_dataset), not on every allegation in the database.
MATCH (a:Allegation) USING INDEX a:Allegation(dataset)
WHERE a.dataset IN $datasets
MATCH (a)-[:MADE_BY]->(p)
WITH p, collect(a) AS statements
RETURN p.name AS party,
  size([s IN statements WHERE s.isOpinion]) AS opinions,
  size([s IN statements WHERE NOT s.isOpinion]) AS factualClaims,
  [s IN statements WHERE s.quote IS NOT NULL | '"' + s.quote + '"'] AS quotes
ORDER BY party
