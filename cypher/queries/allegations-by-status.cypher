// ---
// title: Allegations by status and credibility
// description: Allegations at a given status whose credibility grade is at least as strong as the one chosen (Admiralty 1 = confirmed … 6 = cannot be judged), drawn with who makes them and against whom.
// tags: [allegations, grading]
// result: graph
// columns: [allegation, status, credibility, party, link]
// params:
//   status:
//     type: string
//     default: alleged
//     allowed: [alleged, denied, disputed, corroborated, officially_confirmed, charged, convicted, acquitted, retracted]
//   weakestCredibility:
//     type: integer
//     default: 6
//     min: 1
//     max: 6
//     description: Include grades from 1 up to this one.
// ---
// Issue 14: anchored on the scope's allegations (index allegation_dataset), not on every allegation in the database.
MATCH (a:Allegation) USING INDEX a:Allegation(dataset)
WHERE a.dataset IN $datasets AND a.status = $status AND a.credibility <= $weakestCredibility
MATCH (a)-[link:MADE_BY|AGAINST]->(party)
RETURN a AS allegation, a.status AS status, a.credibility AS credibility, party, link
ORDER BY a.credibility, a.name
