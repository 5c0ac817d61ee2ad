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
MATCH (a:Allegation {status: $status})
WHERE a.credibility <= $weakestCredibility AND a.dataset IN $datasets
MATCH (a)-[link:MADE_BY|AGAINST]->(party)
RETURN a AS allegation, a.status AS status, a.credibility AS credibility, party, link
ORDER BY a.credibility, a.name
