// ---
// title: Allegations against an entity, with their citations
// description: What is alleged against one entity, by whom, at what status and credibility grade, and where each allegation is cited, with that source's reliability grade.
// tags: [allegations, evidence]
// result: graph
// columns: [allegation, status, credibility, against, accused, madeBy, claimant, citedIn, source, reliability]
// params:
//   entity:
//     type: entity
//     default: pb-government-cambodia
//     description: The accused entity.
// ---
MATCH (a:Allegation)-[against:AGAINST]->(accused:Entity {id: $entity})
WHERE a.dataset IN $datasets
MATCH (a)-[madeBy:MADE_BY]->(claimant)
MATCH (a)-[citedIn:CITED_IN]->(source:Source)
RETURN a AS allegation, a.status AS status, a.credibility AS credibility, against, accused, madeBy, claimant, citedIn, source,
  source.reliability AS reliability
ORDER BY a.id, source.id
